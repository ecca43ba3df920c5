package org.newsgraph.sources.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.sources.Samples.article;
import static org.newsgraph.sources.Samples.sectionTexts;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.SectionKind;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.Samples;
import org.newsgraph.sources.Sources;

class PlainTextReaderTest {

    @Test
    void headerOnItsOwnLineThenDatelineAndSubheading() {
        Article a = article(Samples.read(Samples.path("text/kopf-eigene-zeile.txt")).get(0));
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(a.text()).startsWith("Karlsruhe/Berlin (dpa) - Das Bundesverfassungsgericht");
        assertThat(a.dateline().places()).containsExactly("Karlsruhe", "Berlin");
        assertThat(a.dateline().agency()).isEqualTo("dpa");
        assertThat(sectionTexts(a, SectionKind.SUBHEADING)).containsExactly("Opposition kündigt weitere Schritte an");
        assertThat(sectionTexts(a, SectionKind.PARAGRAPH)).hasSize(3);
        assertThat(a.title()).isNull();
    }

    @Test
    void withoutHeaderTheDateIsUnknownAndAShortFirstLineIsTheTitle() {
        Article a = article(Samples.read(Samples.path("text/spector-ohne-kopf.txt")).get(0));
        assertThat(a.date()).isNull();
        assertThat(a.title()).isEqualTo("Phil Spector wegen Mordes vor Gericht");
        assertThat(sectionTexts(a, SectionKind.TITLE)).containsExactly("Phil Spector wegen Mordes vor Gericht");
        assertThat(sectionTexts(a, SectionKind.SUBHEADING)).isEmpty();
        assertThat(sectionTexts(a, SectionKind.PARAGRAPH)).hasSize(5)
                .first().asString().startsWith("Der Produzent der Beatles-LP „Let it be“, Phil Spector");
        assertThat(a.dateline().isEmpty()).isTrue();
        assertThat(a.text()).startsWith("Phil Spector wegen Mordes vor Gericht\n\nDer Produzent");
    }

    @Test
    void dateOptionFillsAnUnknownDateOnly() {
        ReadOptions opts = ReadOptions.DEFAULTS.withDefaultDate(LocalDate.of(2007, 5, 1));
        List<String> in = List.of(Samples.path("text/spector-ohne-kopf.txt").toString(),
                Samples.path("text/kopf-eigene-zeile.txt").toString());
        var results = Sources.readAll(in, opts);
        assertThat(article(results.get(0)).date()).isEqualTo(LocalDate.of(2007, 5, 1));
        assertThat(article(results.get(0)).notes()).containsExactly("date 2007-05-01 from --date");
        assertThat(article(results.get(1)).date()).isEqualTo(LocalDate.of(2025, 3, 14));
    }

    @Test
    void linesWithoutBlankLinesAreParagraphs() {
        TextStructure.Result r = TextStructure.analyze(
                "Bremen (dpa) - Der Senat hat den Haushalt beschlossen.\nDie Opposition kritisierte die Neuverschuldung.\n", true);
        assertThat(r.sections()).hasSize(2);
        assertThat(r.dateline().places()).containsExactly("Bremen");
    }

    @Test
    void aShortLastLineIsNoSubheading() {
        String t = "Erster Absatz mit einem Satz.\n\nZwischentitel hier\n\nZweiter Absatz.\n\nVon Anna Keller";
        TextStructure.Result r = TextStructure.analyze(t, false);
        assertThat(r.sections()).extracting(s -> s.kind()).containsExactly(
                SectionKind.PARAGRAPH, SectionKind.SUBHEADING, SectionKind.PARAGRAPH, SectionKind.PARAGRAPH);
    }
}
