package org.newsgraph.de.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.de.SeedArticles;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityRecord;
import org.newsgraph.model.EntityType;
import org.newsgraph.names.NameKey;

/**
 * The bundled Wikinews examples and the seed through the whole German pipeline (trained recogniser,
 * resolution): no person is split in two by an inflection ("Trump"/"Trumps"), no canonical person
 * carries the names of two people, and people who share a surname stay apart.
 */
class ExamplesResolutionTest {
    static final List<AnalyzedArticle> DOCS = new ArrayList<>();

    @BeforeAll
    static void analyse() throws IOException {
        Path examples = Path.of(System.getProperty("user.dir")).getParent().resolve("examples/wikinews-de.jsonl");
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(examples, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            Article a = new Article(n.path("id").asText(), LocalDate.parse(n.path("date").asText()), "examples", n.path("title").asText(),
                    null, n.path("text").asText(), List.of(), null, List.of());
            DOCS.add(GermanPipeline.get().analyze(a));
        }
        DOCS.add(GermanPipeline.get().analyze(SeedArticles.seed()));
    }

    /** The surname key of a person's name or alias, without a genitive ending. */
    static String surnameKey(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        if (last.endsWith("'")) last = last.substring(0, last.length() - 1);
        else if (last.endsWith("s") && last.length() > 3) last = last.substring(0, last.length() - 1);
        return NameKey.key(last.toLowerCase(Locale.ROOT));
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertThat(DOCS).hasSizeGreaterThanOrEqualTo(21);
        assertThat(DOCS.stream().mapToLong(d -> d.entityIndex().values().stream().filter(e -> e.type() == EntityType.PER).count()).sum())
                .isGreaterThan(60);
    }

    @Test
    void noPersonIsSplitByAnInflection() {
        for (AnalyzedArticle d : DOCS) {
            Map<String, List<EntityRecord>> bySurname = new HashMap<>();
            for (EntityRecord e : d.entityIndex().values()) {
                if (e.type() == EntityType.PER) bySurname.computeIfAbsent(surnameKey(e.name()), k -> new ArrayList<>()).add(e);
            }
            for (List<EntityRecord> same : bySurname.values()) {
                if (same.size() < 2) continue;
                // only two full names with different first names may share a surname (brothers, namesakes)
                for (EntityRecord e : same) {
                    assertThat(e.name()).as(d.article().id() + ": " + same + " split one person?").contains(" ");
                }
                assertThat(same.stream().map(e -> e.name().substring(0, e.name().indexOf(' '))).distinct().count())
                        .as(d.article().id() + ": " + same).isEqualTo(same.size());
            }
        }
    }

    @Test
    void noCanonicalPersonMergesTwoPeople() {
        for (AnalyzedArticle d : DOCS) {
            for (EntityRecord e : d.entityIndex().values()) {
                if (e.type() != EntityType.PER) continue;
                for (String alias : e.aliases()) {
                    assertThat(surnameKey(alias)).as(d.article().id() + ": " + e.name() + " has alias " + alias).isEqualTo(surnameKey(e.name()));
                }
            }
        }
    }

    @Test
    void brothersWhoShareASurnameStayApart() {
        AnalyzedArticle ratzinger = DOCS.stream().filter(d -> d.text().contains("Georg Ratzinger")).findFirst().orElseThrow();
        assertThat(ratzinger.entityIndex().values()).extracting(EntityRecord::name).contains("Joseph Ratzinger", "Georg Ratzinger");
    }
}
