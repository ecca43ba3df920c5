package org.newsgraph.sources.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.sources.Samples.article;
import static org.newsgraph.sources.Samples.sectionTexts;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.SectionKind;
import org.newsgraph.sources.Samples;

class NinjsReaderTest {

    @Test
    void ninjs1WithBodyHtml() {
        Article a = article(Samples.read(Samples.path("ninjs/dpa-item.json")).get(0));
        assertThat(a.id()).isEqualTo("urn:newsml:dpa.com:20090101:251021-99-123456:2");
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(a.title()).isEqualTo("Bahnstreik legt Fernverkehr lahm");
        assertThat(sectionTexts(a, SectionKind.TITLE)).containsExactly("Bahnstreik legt Fernverkehr lahm");
        assertThat(sectionTexts(a, SectionKind.SUBHEADING)).containsExactly("Pendler weichen aufs Auto aus");
        assertThat(sectionTexts(a, SectionKind.PARAGRAPH)).hasSize(3)
                .first().asString().startsWith("Frankfurt/Main (dpa) - Ein Streik der Lokführergewerkschaft GDL");
        assertThat(a.text()).doesNotContain("trackPageView").doesNotContain("<p>");
        assertThat(a.dateline().places()).containsExactly("Frankfurt", "Main");
        assertThat(a.dateline().agency()).isEqualTo("dpa");
        assertThat(a.meta().get("byline").asText()).isEqualTo("Anna Keller, dpa");
        assertThat(a.meta().has("body_html")).isFalse();
    }

    @Test
    void ninjs2WithHeadlinesAndBodies() {
        Article a = article(Samples.read(Samples.path("ninjs/item-v2.json")).get(0));
        assertThat(a.id()).isEqualTo("https://example.org/ninjs/2025/hochwasser-passau");
        assertThat(a.title()).isEqualTo("Hochwasser in Passau erreicht Höchststand");
        // 18:05 UTC is 20:05 in Berlin, still 3 June
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(sectionTexts(a, SectionKind.PARAGRAPH)).containsExactly(
                "Passau (dpa/lby) - Die Donau hat in Passau am Dienstagabend einen Pegelstand von 10,20 Metern erreicht. Die Stadt rief den Katastrophenfall aus.",
                "Oberbürgermeister Markus Heindl sagte, die Lage sei ernst, aber unter Kontrolle.");
        assertThat(a.dateline().agency()).isEqualTo("dpa/lby");
    }
}
