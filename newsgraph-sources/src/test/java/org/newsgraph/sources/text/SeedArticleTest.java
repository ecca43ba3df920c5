package org.newsgraph.sources.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.sources.Samples.article;
import static org.newsgraph.sources.Samples.sectionTexts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.SectionKind;
import org.newsgraph.sources.Samples;

/** The dpa seed report: header and dateline on one line, five subheadings. */
class SeedArticleTest {
    private final Article seed = article(Samples.read(Samples.seed()).get(0));

    @Test
    void dateComesFromTheHeaderAndTheTextStartsAtTheDateline() throws Exception {
        assertThat(seed.date()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(seed.text()).startsWith("Washington/Kiew/Moskau (dpa) - Die USA und Russland");
        String file = Files.readString(Samples.seed(), StandardCharsets.UTF_8);
        assertThat(file).endsWith(seed.text());
        assertThat(file.substring(0, file.length() - seed.text().length()).strip()).isEqualTo("date 2025-10-21");
        assertThat(seed.notes()).isEmpty();
    }

    @Test
    void datelineHasThreePlacesAndTheAgency() {
        assertThat(seed.dateline().places()).containsExactly("Washington", "Kiew", "Moskau");
        assertThat(seed.dateline().agency()).isEqualTo("dpa");
        assertThat(Samples.text(seed, seed.dateline().span())).isEqualTo("Washington/Kiew/Moskau (dpa) -");
        assertThat(seed.title()).isNull();
    }

    @Test
    void fiveSubheadingsBetweenParagraphs() {
        assertThat(sectionTexts(seed, SectionKind.SUBHEADING)).containsExactly(
                "Trump: Habe nie gesagt, die Ukraine werde gewinnen",
                "Budapest als Gipfelort umstritten - AfD-Chefin dafür",
                "Konsequenzen gegen Ungarn gefordert",
                "Selenskyj will in den USA Patriot-Flugabwehr kaufen",
                "Russische Truppen rücken in Kupjansk vor");
        assertThat(sectionTexts(seed, SectionKind.TITLE)).isEmpty();
        var paragraphs = sectionTexts(seed, SectionKind.PARAGRAPH);
        assertThat(paragraphs).hasSize(13);
        assertThat(paragraphs.get(0)).startsWith("Washington/Kiew/Moskau (dpa)");
        assertThat(paragraphs).allSatisfy(p -> assertThat(p).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("\n\n"));
        assertThat(seed.sections()).isSortedAccordingTo((a, b) -> Integer.compare(a.begin(), b.begin()));
    }

    @Test
    void idIsReadableAndStable() {
        assertThat(seed.id()).matches("dpa-2025-10-21-gipfel-budapest-[0-9a-f]{16}");
        assertThat(article(Samples.read(Samples.seed()).get(0)).id()).isEqualTo(seed.id());
    }
}
