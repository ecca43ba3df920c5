package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityType;
import org.newsgraph.index.names.TransliterationKey;

class ArticleIndexTest {
    private ArticleIndex index;

    @BeforeEach
    void fill() throws Exception {
        index = ArticleIndex.inMemory(new TransliterationKey());
        for (AnalyzedArticle a : List.of(TestArticles.gipfel(), TestArticles.patriot(), TestArticles.wetter())) {
            assertThat(index.add(a)).isEqualTo(Results.Outcome.ADDED);
        }
        index.commit();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private List<String> ids(SearchQuery q) throws Exception {
        return index.search(q, 20, 0).hits().stream().map(Results.Hit::id).toList();
    }

    @Test
    void germanInflectionAndCompoundsAreFound() throws Exception {
        assertThat(ids(SearchQuery.text("Haftbefehl"))).containsExactly("gipfel-1");
        assertThat(ids(SearchQuery.text("Abwehr"))).containsExactly("patriot-1");
        assertThat(ids(SearchQuery.text("Systeme"))).containsExactly("patriot-1");
        assertThat(ids(SearchQuery.text("Strafgerichtshof"))).containsExactly("gipfel-1");
        assertThat(ids(SearchQuery.text("Schnee AND Abwehr"))).isEmpty();
        Results.Hit hit = index.search(SearchQuery.text("Abwehr"), 5, 0).hits().get(0);
        assertThat(hit.snippet()).contains("Patriot-<mark>Flugabwehrsystemen</mark>").doesNotContain("«");
        assertThat(hit.title()).isEqualTo("Selenskyj will Patriot-Systeme kaufen");
        assertThat(hit.agency()).isEqualTo("dpa");
        assertThat(hit.date()).isEqualTo("2025-10-20");
    }

    @Test
    void snippetsEscapeHtmlAndMarkOnlyMatches() throws Exception {
        String text = "Die Firma Müller & Söhne <GmbH> meldete Umsätze über Plan.";
        index.add(new TestArticles.Builder("html-1", LocalDate.of(2025, 1, 2), "Bilanz", text).build());
        index.commit();
        assertThat(index.search(SearchQuery.text("Umsatz"), 5, 0).hits().get(0).snippet())
                .contains("&lt;GmbH&gt;", "&amp;", "<mark>Umsätze</mark>")
                .satisfies(s -> assertThat(s.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">"));
    }

    @Test
    void entitiesMatchSpellingVariants() throws Exception {
        Results.Entities e = index.entities("Zelensky", null, 10, 0);
        assertThat(e.hits()).extracting(Results.EntityHit::id).containsExactly("Q3695350");
        assertThat(e.hits().get(0).name()).isEqualTo("Wolodymyr Selenskyj");
        assertThat(e.hits().get(0).mentions()).isEqualTo(2);
        assertThat(e.hits().get(0).articles()).isEqualTo(1);
        assertThat(index.entities("Lavrov", null, 10, 0).hits()).isEmpty();
        assertThat(index.entities("wolodymyr selen", null, 10, 0).hits()).extracting(Results.EntityHit::id).containsExactly("Q3695350");
        assertThat(index.entities("Selenskyj Putin", null, 10, 0).hits()).isEmpty();
        assertThat(ids(new SearchQuery(null, null, "Zelensky", null, null, null, null, null, null, null, null)))
                .containsExactly("patriot-1");
        assertThat(ids(SearchQuery.text(null).withEntity("Kyiv"))).containsExactlyInAnyOrder("patriot-1", "wetter-1");
        assertThat(index.entities("Kiew", EntityType.PER, 10, 0).hits()).isEmpty();
    }

    @Test
    void speakersAreFoundByNameEvenWhenTheTextSaysSie() throws Exception {
        assertThat(ids(SearchQuery.text(null).withSpeaker("Strack-Zimmermann"))).containsExactly("gipfel-1");
        assertThat(ids(SearchQuery.text(null).withSpeaker("Q15813427"))).containsExactly("gipfel-1");
        assertThat(ids(SearchQuery.text(null).withSpeaker("Selenskyj"))).containsExactly("patriot-1");
        Results.Quotes q = index.quotes("Strack-Zimmermann", null, null, null, null, null, 10, 0);
        assertThat(q.total()).isEqualTo(1);
        JsonNode quote = q.hits().get(0);
        assertThat(quote.get("text").asText()).startsWith("Die Europäische Union darf");
        assertThat(quote.get("speaker").get("name").asText()).isEqualTo("Marie-Agnes Strack-Zimmermann");
        assertThat(quote.get("speakerText").asText()).isEqualTo("sie");
        assertThat(quote.get("outlet").get("name").asText()).isEqualTo("Handelsblatt");
        assertThat(quote.get("cue").asText()).isEqualTo("sagte");
        assertThat(index.quotes(null, null, null, "Handelsblatt", null, null, 10, 0).total()).isEqualTo(1);
        assertThat(index.quotes(null, "Aufgabe", "direct", null, null, null, 10, 0).hits())
                .extracting(n -> n.get("articleId").asText()).containsExactly("patriot-1");
        assertThat(index.quotes(null, null, "indirect", null, null, null, 10, 0).total()).isZero();
        List<String> newestFirst = index.quotes(null, null, null, null, null, null, 10, 0).hits().stream()
                .map(n -> n.get("date").asText()).toList();
        assertThat(newestFirst).containsExactly("2025-10-21", "2025-10-20");
    }

    @Test
    void placesAreFoundByRadiusAndBox() throws Exception {
        assertThat(ids(SearchQuery.text(null).withNear(new SearchQuery.Circle(47.5, 19.0, 50)))).containsExactly("gipfel-1");
        assertThat(ids(SearchQuery.text(null).withNear(new SearchQuery.Circle(47.5, 17.0, 50)))).isEmpty();
        assertThat(ids(SearchQuery.text(null).withBox(new SearchQuery.Box(44, 22, 52, 40))))
                .containsExactlyInAnyOrder("patriot-1", "wetter-1");
        List<Results.Place> places = index.places(SearchQuery.text(null), 100);
        assertThat(places).extracting(Results.Place::name).containsExactly("Kiew", "Budapest");
        assertThat(places.get(0).count()).isEqualTo(2);
        assertThat(places.get(0).country()).isEqualTo("UA");
        assertThat(places.get(1).lat()).isEqualTo(47.49835);
    }

    @Test
    void timeFiltersMatchTheDaysArticlesTalkAbout() throws Exception {
        LocalDate thursday = LocalDate.of(2025, 10, 23);
        assertThat(ids(SearchQuery.text(null).withDates(thursday, thursday))).containsExactly("gipfel-1");
        LocalDate monday = LocalDate.of(2025, 10, 20);
        // wetter-1 talks about Monday, patriot-1 was published then
        assertThat(ids(SearchQuery.text(null).withDates(monday, monday))).containsExactlyInAnyOrder("wetter-1", "patriot-1");
        assertThat(ids(SearchQuery.text(null).withDates(LocalDate.of(2025, 10, 24), null))).isEmpty();
        assertThatThrownBy(() -> SearchQuery.text(null).withDates(thursday, monday)).isInstanceOf(BadQueryException.class);
    }

    @Test
    void facetsHistogramAndTimeline() throws Exception {
        Results.Search all = index.search(SearchQuery.text(null), 2, 0);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.hits()).hasSize(2);
        assertThat(all.next()).isEqualTo(2);
        assertThat(index.search(SearchQuery.text(null), 2, 2).next()).isNull();
        assertThat(all.hits().get(0).date()).isEqualTo("2025-10-21");
        assertThat(all.facets().get("entity")).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("Q1899");
            assertThat(f.label()).startsWith("Kiew");
            assertThat(f.count()).isEqualTo(2);
        });
        assertThat(all.facets().get("speaker")).extracting(Results.FacetValue::value).containsExactlyInAnyOrder("Q3695350", "Q15813427");
        assertThat(all.facets().get("country")).extracting(Results.FacetValue::value).containsExactly("UA", "HU");
        assertThat(all.facets().get("agency")).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(2));
        assertThat(all.facets().get("month")).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("2025-10"));
        assertThat(all.facets().get("type")).extracting(Results.FacetValue::value).contains("PER", "LOC", "ORG");
        assertThat(all.histogram()).containsExactly(new Results.DayCount("2025-10-20", 1), new Results.DayCount("2025-10-21", 2));
        assertThat(index.timeline(SearchQuery.text(null).withEntity("Kiew")))
                .containsExactly(new Results.DayCount("2025-10-20", 1), new Results.DayCount("2025-10-21", 1));
        assertThat(ids(new SearchQuery(null, null, null, null, null, null, null, null, null, "HU", null))).containsExactly("gipfel-1");
        assertThat(ids(SearchQuery.text(null).withPlace("Q1899"))).containsExactlyInAnyOrder("patriot-1", "wetter-1");
        assertThat(ids(SearchQuery.text("Schnee").withPlace("Q1899"))).containsExactly("wetter-1");
        assertThat(ids(SearchQuery.text(null).withPlace("Q1781"))).containsExactly("gipfel-1");
        assertThat(ids(SearchQuery.text(null).withPlace("Budapest"))).as("an id, not a name").isEmpty();
    }

    @Test
    void entityDetailCollectsQuotesAndNeighbours() throws Exception {
        Results.EntityDetail putin = index.entity("Q7747");
        assertThat(putin.record().get("name").asText()).isEqualTo("Wladimir Putin");
        assertThat(putin.mentions()).isEqualTo(2);
        assertThat(putin.mentionsPerDay()).containsExactly(new Results.DayCount("2025-10-21", 2));
        assertThat(putin.quotesAbout()).singleElement().satisfies(q -> assertThat(q.get("speaker").get("id").asText()).isEqualTo("Q15813427"));
        assertThat(putin.quotesBy()).isEmpty();
        assertThat(putin.cooccurring()).extracting(Results.Cooccurring::id).contains("Q15813427", "Q1781").doesNotContain("Q7747");
        assertThat(index.entity("Q15813427").quotesBy()).hasSize(1);
        assertThat(index.entity("no-such-id")).isNull();
    }

    @Test
    void theFullRecordIsStored() throws Exception {
        AnalyzedArticle back = ArticleJson.read(index.articleJson("gipfel-1"));
        assertThat(back.quotes()).isEqualTo(TestArticles.gipfel().quotes());
        assertThat(back.times()).isEqualTo(TestArticles.gipfel().times());
        assertThat(back.entityIndex().get("Q15813427").attributes().party()).containsExactly("FDP");
        assertThat(index.articleJson("nope")).isNull();
    }

    @Test
    void ingestIsIdempotentAndReplacesChangedArticles() throws Exception {
        assertThat(index.add(TestArticles.patriot())).isEqualTo(Results.Outcome.UNCHANGED);
        index.commit();
        assertThat(index.articleCount()).isEqualTo(3);
        assertThat(index.quoteCount()).isEqualTo(2);
        Article old = TestArticles.wetter().article();
        String changed = "In Kiew fiel am Montag der erste Hagel des Jahres.";
        AnalyzedArticle updated = AnalyzedArticle.of(new Article(old.id(), old.date(), old.source(), "Erster Hagel in Kiew", old.dateline(),
                changed, List.of(), null, List.of()));
        assertThat(index.add(updated)).isEqualTo(Results.Outcome.REPLACED);
        assertThat(index.add(updated)).isEqualTo(Results.Outcome.UNCHANGED);
        index.commit();
        assertThat(index.articleCount()).isEqualTo(3);
        assertThat(ids(SearchQuery.text("Schnee"))).isEmpty();
        assertThat(ids(SearchQuery.text("Hagel"))).containsExactly("wetter-1");
        // the replaced version had no entities: its old entity documents are gone with it
        assertThat(index.timeline(SearchQuery.text(null).withEntity("Q1899"))).containsExactly(new Results.DayCount("2025-10-20", 1));
    }

    @Test
    void badQueriesAreRejectedClearly() {
        assertThatThrownBy(() -> index.search(SearchQuery.text("Putin AND ("), 10, 0)).isInstanceOf(BadQueryException.class)
                .hasMessageStartingWith("bad query syntax");
        assertThatThrownBy(() -> index.search(SearchQuery.text("*abwehr"), 10, 0)).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> index.search(SearchQuery.text("x"), 0, 0)).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> index.search(SearchQuery.text("x"), 101, 0)).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> index.quotes(null, null, "shouted", null, null, null, 10, 0)).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> new SearchQuery.Circle(95, 0, 10)).isInstanceOf(BadQueryException.class);
    }

    @Test
    void committedArticlesSurviveReopening(@TempDir Path dir) throws Exception {
        try (ArticleIndex disk = ArticleIndex.open(dir)) {
            disk.add(TestArticles.gipfel());
            disk.commit();
        }
        try (ArticleIndex ro = ArticleIndex.openReadOnly(dir)) {
            assertThat(ro.articleIds()).containsExactly("gipfel-1");
            assertThatThrownBy(() -> ro.add(TestArticles.patriot())).isInstanceOf(IllegalStateException.class);
        }
        try (ArticleIndex disk = ArticleIndex.open(dir)) {
            assertThat(disk.add(TestArticles.gipfel())).isEqualTo(Results.Outcome.UNCHANGED);
            assertThatThrownBy(() -> ArticleIndex.open(dir)).hasMessageContaining("in use by another process");
        }
    }
}
