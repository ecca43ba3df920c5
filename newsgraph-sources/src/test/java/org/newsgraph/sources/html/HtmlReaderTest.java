package org.newsgraph.sources.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.sources.Samples.article;
import static org.newsgraph.sources.Samples.sectionTexts;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.SectionKind;
import org.newsgraph.sources.Samples;

class HtmlReaderTest {
    private final Article a = article(Samples.read(Samples.path("html/artikel.html")).get(0));

    @Test
    void extractsTitleSubheadingAndParagraphsOfTheMainText() {
        assertThat(a.title()).isEqualTo("Streit um Tempolimit: Verkehrsminister lehnt Vorstoß ab");
        assertThat(sectionTexts(a, SectionKind.TITLE)).containsExactly(a.title());
        assertThat(sectionTexts(a, SectionKind.SUBHEADING)).containsExactly("Grüne sprechen von einer verpassten Chance");
        assertThat(sectionTexts(a, SectionKind.PARAGRAPH)).containsExactly(
                "Berlin (dpa) - Bundesverkehrsminister Konrad Wegner (CDU) hat einem allgemeinen Tempolimit auf Autobahnen erneut eine Absage erteilt. „Ein generelles Tempolimit wird es mit mir nicht geben“, sagte Wegner am Freitag in Berlin.",
                "Umweltverbände hatten zuvor ein Tempolimit von 130 Kilometern pro Stunde gefordert. Nach Berechnungen des Umweltbundesamts ließen sich so jährlich mehrere Millionen Tonnen Kohlendioxid einsparen.",
                "Die Grünen-Verkehrspolitikerin Lena Hartwig kritisierte die Haltung des Ministers. Die Mehrheit der Bevölkerung befürworte ein Tempolimit, sagte sie.",
                "Deutschland ist eines der wenigen Länder weltweit ohne allgemeine Höchstgeschwindigkeit auf Autobahnen.");
    }

    @Test
    void dropsNavigationAdsCommentsAndScripts() {
        assertThat(a.text()).doesNotContain("Politik\n").doesNotContain("Cookies").doesNotContain("Anzeige")
                .doesNotContain("Teilen auf").doesNotContain("Leser123").doesNotContain("Meistgelesen")
                .doesNotContain("Impressum").doesNotContain("trackPageView").doesNotContain("Archivbild")
                .doesNotContain("Beispiel-Zeitung");
    }

    @Test
    void dateIdAndDateline() {
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 9, 12));
        assertThat(a.id()).isEqualTo("https://zeitung.example.org/politik/tempolimit-streit-100.html");
        assertThat(a.dateline().places()).containsExactly("Berlin");
        assertThat(a.dateline().agency()).isEqualTo("dpa");
        assertThat(a.text()).doesNotContain("Verkehrspolitik\n").doesNotContain("16:45");
        assertThat(a.meta().get("language").asText()).isEqualTo("de");
    }

    @Test
    void mediaWikiPageOfWikinews() {
        Article w = article(Samples.read(Samples.path("html/wikinews-seite.html")).get(0));
        assertThat(w.title()).isEqualTo("Phil Spector wegen Mordes vor Gericht");
        assertThat(w.id()).isEqualTo("https://de.wikinews.org/wiki/Phil_Spector_wegen_Mordes_vor_Gericht");
        assertThat(sectionTexts(w, SectionKind.SUBHEADING)).containsExactly("Verteidigung", "Quellen");
        assertThat(sectionTexts(w, SectionKind.PARAGRAPH)).hasSize(5)
                .first().asString().startsWith("01.05.2007 – Der Produzent der Beatles-LP „Let it be“, Phil Spector");
        assertThat(w.text()).doesNotContain("Bearbeiten").doesNotContain("Navigationsmenü").doesNotContain("Hauptseite")
                .doesNotContain("zuletzt am").doesNotContain("Themenportale").doesNotContain("Kategorien")
                .doesNotContain("freien Nachrichtenquelle").doesNotContain("Zur Navigation");
    }
}
