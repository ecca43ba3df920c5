package org.newsgraph.de.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;

/** The learned reported-speech classifier: training, the committed model on real German news sentences, speakers. */
class ReportedSpeechTest {
    /** The whole default pipeline, as {@code analyze} runs it (entities included). */
    static AnalyzedArticle analyse(String text) {
        List<Section> sections = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+").matcher(text);
        while (m.find()) sections.add(new Section(SectionKind.PARAGRAPH, m.start(), m.end()));
        Article a = new Article("t", LocalDate.of(2025, 1, 1), "test", null, Dateline.NONE, text, sections, null, List.of());
        return GermanPipeline.get().analyze(a);
    }

    static List<ReportedCandidate> candidates(AnalyzedArticle doc) {
        List<ReportedCandidate> out = new ArrayList<>();
        new QuoteFinder(doc, SpeechCues.load()).judging(c -> { out.add(c); return false; }).run();
        return out;
    }

    private static final String[] REPORTED = {
            "Die Gewerkschaft verlangt eine Erhöhung der Löhne um fünf Prozent.",
            "Die Opposition bezeichnete den Haushalt als unseriös.",
            "Der Bundeskanzler sprach von einem historischen Tag.",
            "Umweltverbände kritisieren den Bau der Autobahn.",
            "Der Landrat lehnte eine Schließung des Krankenhauses ab."};
    private static final String[] PLAIN = {
            "Das Erdbeben ereignete sich am Morgen.",
            "Die Polizei sperrte die Straße für mehrere Stunden.",
            "Der Zug fuhr um acht Uhr in Hamburg ab.",
            "Das Stadion bietet Platz für 40.000 Zuschauer.",
            "Bei dem Unfall wurden zwei Menschen leicht verletzt."};

    @Test
    void trainingOnASmallSampleIsDeterministic() throws Exception {
        List<ReportedSpeechTrainer.Example> examples = new ArrayList<>();
        SpeechCues cues = SpeechCues.load();
        for (String[] sentences : new String[][]{REPORTED, PLAIN}) {
            String text = String.join("\n", sentences);
            AnalyzedArticle doc = analyse(text);
            List<int[]> gold = new ArrayList<>();
            if (sentences == REPORTED) for (String s : sentences) gold.add(new int[]{text.indexOf(s), text.indexOf(s) + s.length()});
            examples.addAll(ReportedSpeechTrainer.examples(doc, gold, cues));
        }
        assertThat(examples).hasSize(REPORTED.length + PLAIN.length);
        assertThat(examples.stream().filter(ReportedSpeechTrainer.Example::positive).count()).isEqualTo(REPORTED.length);

        ReportedSpeechModel first = new ReportedSpeechTrainer(10, 0.1, 0.01, 1, 7).train(examples, 0.5);
        ReportedSpeechModel second = new ReportedSpeechTrainer(10, 0.1, 0.01, 1, 7).train(examples, 0.5);
        String a = written(first), b = written(second);
        assertThat(a).isEqualTo(b).contains("threshold\t0.5000").contains("stance\t");
        // what is written is what is read back
        ReportedSpeechModel read = ReportedSpeechModel.read(new ByteArrayInputStream(a.getBytes(StandardCharsets.UTF_8)));
        for (ReportedSpeechTrainer.Example e : examples) {
            assertThat(read.probability(e.features())).isEqualTo(first.probability(e.features()));
            // the sample is separable: the model learnt it
            assertThat(first.isReported(new ReportedCandidate(0, 0, 1, null, e.features()))).as(e.text()).isEqualTo(e.positive());
        }
    }

    private static String written(ReportedSpeechModel m) throws Exception {
        StringWriter w = new StringWriter();
        m.write(w, "test");
        return w.toString();
    }

    @Test
    void theCommittedModelFindsReportedStatementsAndTheirSpeakers() {
        String[][] cases = {
                {"Die Opposition bezeichnete den Haushalt als unseriös.", "Die Opposition"},
                {"Der Bundeskanzler sprach von einem historischen Tag.", "Der Bundeskanzler"}};
        for (String[] c : cases) {
            AnalyzedArticle doc = analyse(c[0]);
            assertThat(doc.quotes()).as(c[0]).hasSize(1);
            Quote q = doc.quotes().get(0);
            assertThat(q.type()).as(c[0]).isEqualTo(QuoteType.REPORTED);
            assertThat(doc.text(q.parts().get(0))).isEqualTo(c[0]);
            assertThat(doc.text(q.speaker())).isEqualTo(c[1]);
            assertThat(q.cue()).as("no cue: the verb reports an act").isEmpty();
        }
        for (String[] c : new String[][]{
                {"Die SPD will die Pflegeversicherung zu einer Bürgerversicherung umbauen.", "Die SPD"},
                {"Die Polizei geht von Brandstiftung aus.", "Die Polizei"}}) {
            AnalyzedArticle doc = analyse(c[0]);
            assertThat(doc.quotes()).as(c[0]).singleElement().satisfies(q -> {
                assertThat(q.type()).isEqualTo(QuoteType.REPORTED);
                assertThat(doc.text(q.speaker())).isEqualTo(c[1]);
            });
        }
    }

    @Test
    void anAcceptedSentenceIsAReportedStatementWithTheGoldCueConvention() {
        QuoteStage acceptAll = new QuoteStage(SpeechCues.load(), c -> true);
        AnalyzedArticle doc = acceptAll.process(analyse("Der Minister kündigte eine Reform der Pflegeversicherung an."));
        assertThat(doc.quotes()).singleElement().satisfies(q -> {
            assertThat(q.type()).isEqualTo(QuoteType.REPORTED);
            assertThat(doc.text(q.speaker())).isEqualTo("Der Minister");
            // a separable verb of saying keeps its two-part cue
            assertThat(q.cue()).extracting(doc::text).containsExactly("kündigte", "an");
        });
        AnalyzedArticle other = acceptAll.process(analyse("Umweltverbände kritisieren den Bau der Autobahn."));
        assertThat(other.quotes()).singleElement().satisfies(q -> {
            assertThat(other.text(q.speaker())).isEqualTo("Umweltverbände");
            assertThat(q.cue()).isEmpty();
        });
        // the rules alone leave the sentence without a statement
        assertThat(new QuoteStage(SpeechCues.load()).process(other).quotes()).isEmpty();
    }

    @Test
    void theCommittedModelRejectsPlainNewsSentences() {
        for (String s : PLAIN) {
            AnalyzedArticle doc = analyse(s);
            assertThat(doc.quotes()).as(s).isEmpty();
            assertThat(candidates(doc)).as(s).hasSize(1);
        }
    }

    @Test
    void theSpeakerIsTheSubjectOrThePassiveAgent() {
        String[][] cases = {
                {"Mit einer Entscheidung rechnet das Gericht erst im Frühjahr.", "das Gericht"},
                {"Dem Bürgermeister wird von der Opposition Untätigkeit vorgeworfen.", "der Opposition Untätigkeit"},
                {"Die Pläne wurden vom Stadtrat als unrealistisch bezeichnet.", "vom Stadtrat"},
                {"Am Montag will die Regierung einen neuen Entwurf vorlegen.", "die Regierung"}};
        for (String[] c : cases) {
            AnalyzedArticle doc = analyse(c[0]);
            List<ReportedCandidate> cs = candidates(doc);
            assertThat(cs).as(c[0]).hasSize(1);
            int[] sp = cs.get(0).speaker();
            assertThat(sp).as(c[0]).isNotNull();
            assertThat(doc.text().substring(sp[0], sp[1])).as(c[0]).isEqualTo(c[1]);
        }
        // a passive without agent has no speaker
        AnalyzedArticle doc = analyse("Als Ursache wurde ein technischer Defekt genannt.");
        assertThat(candidates(doc)).singleElement().satisfies(c -> assertThat(c.speaker()).isNull());
    }

    @Test
    void theCommittedModelLoads() {
        ReportedSpeechModel m = ReportedSpeechModel.shared();
        assertThat(m.size()).isGreaterThan(500);
        assertThat(m.threshold()).isBetween(0.05, 0.95);
        assertThat(ReportedSpeechModel.shared()).isSameAs(m);
    }
}
