package org.newsgraph.de.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.SeedArticles;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Section;
import org.newsgraph.model.Sentence;

class SegmentationStageTest {
    private final SegmentationStage stage = new SegmentationStage();

    private static List<String> sentences(AnalyzedArticle doc) {
        return doc.sentences().stream().map(doc::text).toList();
    }

    @Test
    void seedSentenceBoundaries() {
        AnalyzedArticle doc = stage.process(AnalyzedArticle.of(SeedArticles.seed()));
        List<String> s = sentences(doc);
        assertThat(s.size()).isGreaterThanOrEqualTo(35);
        assertThat(s.get(0)).startsWith("Washington/Kiew/Moskau (dpa) - Die USA und Russland").endsWith("Ukraine-Krieg zu.");
        assertThat(s).contains(
                "«Sehr konkret arbeiten wir mit Amerika zusammen, damit die Ukraine doch die erforderliche Anzahl von Patriot-Systemen erhalten kann», sagte er in Kiew.",
                "Dazu sagte er: «Sie könnten immer noch gewinnen.",
                "Ich habe nie gesagt, sie würden gewinnen, ich sagte, sie könnten gewinnen.»",
                "«Das ist keine einfache Aufgabe, aber es ist eine der Sicherheitsgarantien für die Ukraine und wird langfristig funktionieren.»",
                "Trump: Habe nie gesagt, die Ukraine werde gewinnen",
                "Budapest als Gipfelort umstritten - AfD-Chefin dafür",
                "In vielen EU- und Nato-Staaten - und auch in der Ukraine - wird Budapest wegen der Nähe des rechtspopulistischen Ministerpräsidenten Viktor Orban zu Putin nicht als neutraler Treffpunkt gesehen.");
        // sentences never cross section boundaries
        for (Sentence sentence : doc.sentences()) {
            assertThat(doc.article().sections()).anySatisfy(sec -> {
                assertThat(sec.begin()).isLessThanOrEqualTo(sentence.begin());
                assertThat(sec.end()).isGreaterThanOrEqualTo(sentence.end());
            });
        }
    }

    @Test
    void seedTokensCoverEveryCharacterRun() {
        AnalyzedArticle doc = stage.process(AnalyzedArticle.of(SeedArticles.seed()));
        String text = doc.text();
        boolean[] covered = new boolean[text.length()];
        doc.tokens().forEach(t -> { for (int i = t.begin(); i < t.end(); i++) covered[i] = true; });
        for (int i = 0; i < text.length(); i++) {
            assertThat(covered[i] || Character.isWhitespace(text.charAt(i))).as("char %d '%s'", i, text.charAt(i)).isTrue();
        }
        List<String> words = doc.tokens().stream().map(doc::text).toList();
        assertThat(words).contains("US-Außenminister", "AfD-Co-Vorsitzende", "Strack-Zimmermann", "Ukraine-Krieg",
                "EU-", "Nato-Staaten", "Washington", "/", "Kiew", "Moskau", "(", "dpa", ")", "«", "»", "IStGH",
                "Marie-Agnes", "Selenskyjs", "Haftbefehls");
        assertThat(words).doesNotContain("Washington/Kiew/Moskau", "Handelsblatt»", "gewinnen.»");
    }

    @Test
    void sentencesDoNotCrossSections() {
        String text = "Streit um Gipfel\n\nDer Kanzler sprach am 21. Oktober in Berlin";
        Article a = new Article("x", null, "x", null, null, text,
                List.of(new Section(org.newsgraph.model.SectionKind.SUBHEADING, 0, 16),
                        new Section(org.newsgraph.model.SectionKind.PARAGRAPH, 18, text.length())), null, null);
        AnalyzedArticle doc = stage.process(AnalyzedArticle.of(a));
        assertThat(sentences(doc)).containsExactly("Streit um Gipfel", "Der Kanzler sprach am 21. Oktober in Berlin");
    }

    @Test
    void aShortLineWithoutPunctuationIsAHeadingInsideItsSection() {
        String text = "Die Zählung dauert an.\nAblauf des Abends \nWie die Wahlleiterin mitteilte, lag die Beteiligung bei 60 Prozent. Die Liste der\nKandidaten war lang.";
        Article a = new Article("x", null, "x", null, null, text,
                List.of(new Section(org.newsgraph.model.SectionKind.PARAGRAPH, 0, text.length())), null, null);
        AnalyzedArticle doc = stage.process(AnalyzedArticle.of(a));
        assertThat(sentences(doc)).containsExactly("Die Zählung dauert an.", "Ablauf des Abends",
                "Wie die Wahlleiterin mitteilte, lag die Beteiligung bei 60 Prozent.", "Die Liste der\nKandidaten war lang.");
    }
}
