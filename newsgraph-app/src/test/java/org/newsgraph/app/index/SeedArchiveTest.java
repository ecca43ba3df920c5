package org.newsgraph.app.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.index.ArticleIndex;
import org.newsgraph.index.Results;
import org.newsgraph.index.SearchQuery;
import org.newsgraph.model.Layer;
import org.newsgraph.pipeline.Stage;

/**
 * The seed report and the bundled examples, analysed by the German pipeline of main and indexed;
 * then the seed must be found the ways a user would look for it. Checks that need a pipeline stage
 * which is not in main yet are skipped (not passed) with the name of the missing layer.
 */
class SeedArchiveTest {
    @TempDir
    static Path dir;
    static ArticleIndex index;
    static String seedId;
    static Ingester.Stats first;

    static Path shared() {
        String s = System.getProperty("newsgraph.shared");
        if (s == null || !Files.isDirectory(Path.of(s, "seed"))) throw new IllegalStateException("system property newsgraph.shared does not point to the shared data folder: " + s);
        return Path.of(s);
    }

    static List<Path> inputs() {
        List<Path> in = new ArrayList<>();
        in.add(shared().resolve("seed/dpa-2025-10-21-gipfel-budapest.txt"));
        Path examples = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "examples");
        if (!Files.isDirectory(examples)) examples = Path.of("..", "examples");
        if (Files.isDirectory(examples)) in.add(examples);
        return in;
    }

    private static Ingester.Listener failOnError() {
        return new Ingester.Listener() {
            @Override
            public void error(String input, String message) {
                throw new AssertionError(input + ": " + message);
            }

            @Override
            public void committed(Ingester.Stats stats) {
            }
        };
    }

    @BeforeAll
    static void ingest() throws IOException {
        index = ArticleIndex.open(dir.resolve("index"));
        first = new Ingester(index, GermanPipeline.get(), 50).ingest(inputs(), failOnError());
        List<String> ids = index.search(SearchQuery.text("Kupjansk AND Oskil"), 5, 0).hits().stream().map(Results.Hit::id).toList();
        assertThat(ids).hasSize(1);
        seedId = ids.get(0);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static boolean assigned(Layer layer) {
        for (Stage s : GermanPipeline.get().stages()) if (s.assigns().contains(layer)) return true;
        return false;
    }

    private static List<String> ids(SearchQuery q) throws IOException {
        return index.search(q, 100, 0).hits().stream().map(Results.Hit::id).toList();
    }

    @Test
    void theSeedIsFoundByText() throws IOException {
        assertThat(ids(SearchQuery.text("Kupjansk"))).contains(seedId);
        assertThat(ids(SearchQuery.text("Haftbefehl"))).contains(seedId);
        assertThat(ids(SearchQuery.text("Abwehr"))).contains(seedId);
        Results.Hit hit = index.search(SearchQuery.text("Kupjansk"), 100, 0).hits().stream().filter(h -> h.id().equals(seedId)).findFirst().orElseThrow();
        assertThat(hit.date()).isEqualTo("2025-10-21");
        assertThat(hit.snippet()).contains("<mark>Kupjansk</mark>");
    }

    @Test
    void reingestingGivesTheSameCounts() throws IOException {
        int articles = index.articleCount();
        int quotes = index.quoteCount();
        Ingester.Stats again = new Ingester(index, GermanPipeline.get(), 50).ingest(inputs(), failOnError());
        assertThat(again.added).isZero();
        assertThat(again.replaced).isZero();
        assertThat(again.unchanged).isEqualTo(first.added + first.replaced + first.unchanged);
        assertThat(index.articleCount()).isEqualTo(articles);
        assertThat(index.quoteCount()).isEqualTo(quotes);
    }

    @Test
    void theSeedIsFoundBySpeakerStrackZimmermann() throws IOException {
        // "sagte sie" is Strack-Zimmermann only once the NER and resolution stages give the pronoun its entity
        assumeTrue(assigned(Layer.QUOTES) && assigned(Layer.ENTITIES), "needs the quotes and NER stages in main");
        assertThat(ids(SearchQuery.text(null).withSpeaker("Strack-Zimmermann"))).contains(seedId);
        assertThat(index.quotes("Strack-Zimmermann", null, null, null, null, null, 20, 0).hits())
                .anySatisfy(q -> assertThat(q.get("text").asText()).contains("Europäische Union darf unter keinen Umständen"));
    }

    @Test
    void theSeedIsFoundByEntitySelenskyjSpelledZelensky() throws IOException {
        assumeTrue(assigned(Layer.ENTITIES), "needs the NER stage (Layer.ENTITIES) in main");
        assertThat(ids(SearchQuery.text(null).withEntity("Zelensky"))).contains(seedId);
        assertThat(index.entities("Zelensky", null, 10, 0).hits()).anySatisfy(e -> assertThat(e.name()).contains("Selenskyj"));
    }

    @Test
    void theSeedIsFoundNearBudapest() throws IOException {
        assumeTrue(assigned(Layer.PLACES) || assigned(Layer.RESOLUTION), "needs the places stage (Layer.PLACES) in main");
        assertThat(ids(SearchQuery.text(null).withNear(new SearchQuery.Circle(47.5, 19.0, 50)))).contains(seedId);
    }

    @Test
    void theSeedIsFoundByTheThursdayItMentions() throws IOException {
        assumeTrue(assigned(Layer.TIMES), "needs the times stage (Layer.TIMES) in main");
        LocalDate thursday = LocalDate.of(2025, 10, 23);
        assertThat(ids(SearchQuery.text(null).withDates(thursday, thursday))).contains(seedId);
    }
}
