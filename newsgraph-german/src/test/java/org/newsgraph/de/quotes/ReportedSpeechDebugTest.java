package org.newsgraph.de.quotes;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;

class ReportedSpeechDebugTest {
    @Test
    void show() {
        String[] ss = {"Die Forderungen Berningers wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet.",
                "Es wurde auch die technische Instandhaltung der Druckluftsysteme bemängelt.",
                "Ihr wird von den iranischen Behörden Spionage vorgeworfen.",
                "Die Grünen wollen die Kohlekraftwerke bis zum Jahr 2030 abschalten.",
                "Der Bürgermeister kritisierte die Entscheidung des Landes scharf.",
                "Mit einem Anstieg der Preise rechnet der Verband erst im Herbst.",
                "Das Erdbeben ereignete sich am Morgen.",
                "Die Polizei sperrte die Straße für mehrere Stunden.",
                "Der Minister nannte den Plan unrealistisch."};
        for (String s : ss) {
            AnalyzedArticle doc = QuoteStageTest.analyse(s);
            List<ReportedCandidate> cs = new ArrayList<>();
            new QuoteFinder(doc, SpeechCues.load()).judging(c -> { cs.add(c); return false; }).run();
            for (ReportedCandidate c : cs) System.out.printf("%.3f %s [%s] %s%n", ReportedSpeechModel.shared().probability(c.features()), s,
                    c.speaker() == null ? "-" : doc.text().substring(c.speaker()[0], c.speaker()[1]), c.features());
            if (cs.isEmpty()) System.out.println("NO CANDIDATE " + s + " " + doc.tokens().stream().map(t -> doc.text(t) + "/" + t.pos() + "/" + t.lemma()).toList());
        }
    }
}
