package org.newsgraph.de.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;

/** The quote verifier: its features on invented German sentences, its learner, and the stage with verifiers that keep or reject all. */
class QuoteVerifierTest {
    private static final SpeechCues CUES = SpeechCues.load();

    private static AnalyzedArticle morphology(String text) {
        List<Section> sections = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+").matcher(text);
        while (m.find()) sections.add(new Section(SectionKind.PARAGRAPH, m.start(), m.end()));
        Article a = new Article("t", LocalDate.of(2025, 1, 1), "test", null, Dateline.NONE, text, sections, null, List.of());
        return GermanPipeline.get().upTo(Layer.MORPHOLOGY).analyze(a);
    }

    private static final String TEXT = "«Wir bauen die Brücke bis zum Sommer», sagte die Bürgermeisterin am Dienstag.\n"
            + "Der Bauunternehmer erklärte, dass die Kosten um zehn Prozent steigen würden.\n"
            + "Laut der Stadtverwaltung sei die Finanzierung gesichert.";

    @Test
    void featuresNameTypeRuleFamilyCueAndSpeaker() {
        AnalyzedArticle doc = morphology(TEXT);
        List<QuoteStage.Candidate> found = new QuoteStage(CUES, ReportedSpeechJudge.NONE, QuoteVerifier.NONE).candidates(doc);
        assertThat(found).extracting(c -> c.quote().type()).containsExactly(QuoteType.DIRECT, QuoteType.INDIRECT, QuoteType.INDIRECT);

        List<String> direct = found.get(0).features();
        assertThat(direct).contains("bias", "type=DIRECT", "origin=mark", "cue=sagen", "cueAt=after", "speaker=noun",
                "speakerHead=Bürgermeisterin", "speakerSentence=same", "speakerAt=after", "sentence=0", "paragraphStart", "previous=none");

        List<String> verb = found.get(1).features();
        assertThat(verb).contains("type=INDIRECT", "origin=verb", "cue=erklären", "speakerAt=before", "firstWord=dass", "kj2=1",
                "previous=1", "previousType=DIRECT");
        assertThat(verb).doesNotContain("frameNegated");

        List<String> source = found.get(2).features();
        assertThat(source).contains("type=INDIRECT", "origin=preposition", "kj1=1", "speakerHead=Stadtverwaltung");
    }

    @Test
    void aNegatedFrameIsAFeature() {
        AnalyzedArticle doc = morphology("Der Sprecher wollte nicht bestätigen, dass der Vertrag gekündigt worden sei.");
        List<QuoteStage.Candidate> found = new QuoteStage(CUES, ReportedSpeechJudge.NONE, QuoteVerifier.NONE).candidates(doc);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).features()).contains("frameNegated", "origin=verb");
    }

    @Test
    void theLearnerSeparatesATinySyntheticSetDeterministically() throws Exception {
        List<QuoteVerifierTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new QuoteVerifierTrainer.Example(List.of("bias", "speaker=name", "n" + i % 3), true));
            examples.add(new QuoteVerifierTrainer.Example(List.of("bias", "speaker=none", "n" + i % 3), false));
        }
        Map<QuoteType, Double> thresholds = Map.of(QuoteType.INDIRECT, 0.5);
        QuoteVerifierModel first = new QuoteVerifierTrainer(10, 0.1, 0.01, 2, 7).train(examples, thresholds, QuoteVerifier.Verdict.DROP);
        QuoteVerifierModel second = new QuoteVerifierTrainer(10, 0.1, 0.01, 2, 7).train(examples, thresholds, QuoteVerifier.Verdict.DROP);
        String a = written(first);
        assertThat(a).isEqualTo(written(second)).contains("action\tDROP").contains("threshold.INDIRECT\t0.5000");
        QuoteVerifierModel read = QuoteVerifierModel.read(new ByteArrayInputStream(a.getBytes(StandardCharsets.UTF_8)));
        List<String> good = List.of("bias", "speaker=name"), bad = List.of("bias", "speaker=none");
        assertThat(read.probability(good)).isEqualTo(first.probability(good)).isGreaterThan(0.8);
        assertThat(read.probability(bad)).isLessThan(0.2);
        assertThat(read.verdict(QuoteType.INDIRECT, good)).isEqualTo(QuoteVerifier.Verdict.KEEP);
        assertThat(read.verdict(QuoteType.INDIRECT, bad)).isEqualTo(QuoteVerifier.Verdict.DROP);
        // a type without a threshold is kept whole
        assertThat(read.verdict(QuoteType.DIRECT, bad)).isEqualTo(QuoteVerifier.Verdict.KEEP);
    }

    @Test
    void theStageAppliesTheVerdicts() {
        AnalyzedArticle doc = morphology(TEXT);
        List<Quote> all = new QuoteStage(CUES, ReportedSpeechJudge.NONE, (type, f) -> QuoteVerifier.Verdict.KEEP).process(doc).quotes();
        assertThat(all).hasSize(3);
        assertThat(all).allSatisfy(q -> assertThat(q.speaker()).isNotNull());
        assertThat(all).isEqualTo(new QuoteStage(CUES, ReportedSpeechJudge.NONE).process(doc).quotes());

        assertThat(new QuoteStage(CUES, ReportedSpeechJudge.NONE, (type, f) -> QuoteVerifier.Verdict.DROP).process(doc).quotes()).isEmpty();

        List<Quote> bare = new QuoteStage(CUES, ReportedSpeechJudge.NONE, (type, f) -> QuoteVerifier.Verdict.DROP_SPEAKER_AND_CUE).process(doc).quotes();
        assertThat(bare).extracting(Quote::parts).isEqualTo(all.stream().map(Quote::parts).toList());
        assertThat(bare).allSatisfy(q -> {
            assertThat(q.speaker()).isNull();
            assertThat(q.cue()).isEmpty();
        });

        // only the direct quote loses its speaker, its cue stays
        List<Quote> some = new QuoteStage(CUES, ReportedSpeechJudge.NONE,
                (type, f) -> type == QuoteType.DIRECT ? QuoteVerifier.Verdict.DROP_SPEAKER : QuoteVerifier.Verdict.KEEP).process(doc).quotes();
        assertThat(some.get(0).speaker()).isNull();
        assertThat(some.get(0).cue()).isNotEmpty();
        assertThat(some.get(1).speaker()).isNotNull();
    }

    @Test
    void theCommittedModelLoads() {
        QuoteVerifierModel m = QuoteVerifierModel.shared();
        assertThat(m.size()).isGreaterThan(100);
        assertThat(m.thresholds()).isNotEmpty();
    }

    private static String written(QuoteVerifierModel m) throws Exception {
        StringWriter w = new StringWriter();
        m.write(w, "test");
        return w.toString();
    }
}
