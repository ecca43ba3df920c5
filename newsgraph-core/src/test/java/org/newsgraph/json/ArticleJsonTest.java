package org.newsgraph.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attributes;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityRecord;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Medium;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionForm;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
import org.newsgraph.model.Span;

class ArticleJsonTest {
    private static final String TEXT = "Kiew (dpa) - «Das ist keine einfache Aufgabe», sagte Selenskyj in Kiew. 😀";

    @Test
    void writesTheContractAndReadsItBack() throws Exception {
        Article a = new Article("a1", LocalDate.of(2025, 10, 21), "test.txt", null,
                new Dateline(List.of("Kiew"), "dpa", new Span(0, 13)), TEXT,
                List.of(new Section(SectionKind.PARAGRAPH, 0, TEXT.length())), null, List.of());
        int sel = TEXT.indexOf("Selenskyj");
        EntityMention m = new EntityMention(sel, sel + 9, "Selenskyj", EntityType.PER, MentionForm.NAME, "per:selenskyj");
        AnalyzedArticle doc = AnalyzedArticle.of(a)
                .withResolution(List.of(m), Map.of("per:selenskyj", new EntityRecord("per:selenskyj", "Wolodymyr Selenskyj",
                        EntityType.PER, List.of("Selenskyj"), new Attributes(List.of("ukrainischer Präsident"), List.of(), "male"), null, null)))
                .withQuotes(List.of(new Quote(List.of(new Span(14, 44)), QuoteType.DIRECT, List.of(new Span(47, 52)),
                        new Mention(sel, sel + 9, "per:selenskyj"), null, null, Medium.SPEECH)));
        String json = ArticleJson.toJson(doc, false);
        JsonNode n = ArticleJson.MAPPER.readTree(json);
        assertThat(n.get("date").asText()).isEqualTo("2025-10-21");
        assertThat(n.get("dateline").get("places").get(0).asText()).isEqualTo("Kiew");
        assertThat(n.get("title").isNull()).isTrue();
        JsonNode q = n.get("quotes").get(0);
        assertThat(TEXT.substring(q.get("parts").get(0).get("begin").asInt(), q.get("parts").get(0).get("end").asInt()))
                .isEqualTo("Das ist keine einfache Aufgabe");
        assertThat(q.get("type").asText()).isEqualTo("direct");
        assertThat(q.get("addressee").isNull()).isTrue();
        assertThat(n.get("entityIndex").get("per:selenskyj").get("attributes").get("role").get(0).asText()).isEqualTo("ukrainischer Präsident");
        for (String field : List.of("sections", "sentences", "tokens", "entities", "quotes", "times", "places", "events")) {
            assertThat(n.get(field).isArray()).as(field).isTrue();
        }

        AnalyzedArticle back = ArticleJson.read(json);
        assertThat(back.text()).isEqualTo(TEXT);
        assertThat(back.quotes()).isEqualTo(doc.quotes());
        assertThat(back.entities()).isEqualTo(doc.entities());
        assertThat(ArticleJson.toJson(back, false)).isEqualTo(json);
    }

    @Test
    void spansOutsideTheTextAreRefused() {
        Article a = new Article("a1", null, "x", null, Dateline.NONE, "kurz", List.of(), null, List.of());
        assertThatThrownBy(() -> AnalyzedArticle.of(a).withQuotes(List.of(new Quote(List.of(new Span(2, 9)), QuoteType.DIRECT,
                List.of(), null, null, null, Medium.SPEECH)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
