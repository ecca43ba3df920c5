package org.newsgraph.de.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.de.StageContract;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Layer;
import org.newsgraph.pipeline.Pipeline;

class NerStageTest {
    static final Pipeline NER = GermanPipeline.get().upTo(Layer.ENTITIES);

    static List<String> mentions(String text) {
        AnalyzedArticle doc = NER.analyze(StageContract.article(text));
        return doc.entities().stream().map(m -> m.text() + "/" + m.type() + "/" + m.form()).toList();
    }

    @Test
    void quotedOutletsAreOrganisationsWithoutTheQuotes() {
        assertThat(mentions("Das sagte der Minister der «Süddeutschen Zeitung» am Montag."))
                .anyMatch(m -> m.startsWith("Süddeutschen Zeitung/ORG"));
        assertThat(mentions("Die Kanzlerin sagte dem «Spiegel», sie werde nicht zurücktreten."))
                .noneMatch(m -> m.contains("«") || m.contains("»"));
    }

    @Test
    void namesDerivedAdjectivesAndParts() {
        List<String> m = mentions("Bundeskanzler Friedrich Merz traf in Paris den französischen Präsidenten Emmanuel Macron "
                + "und den SPD-Vorsitzenden Lars Klingbeil.");
        assertThat(m).contains("Friedrich Merz/PER/NAME", "Paris/LOC/NAME", "französischen/LOC/DERIV",
                "Emmanuel Macron/PER/NAME", "SPD-Vorsitzenden/ORG/PART", "Lars Klingbeil/PER/NAME");
    }

    @Test
    void aPersonNamedOnceIsThatPersonLaterAndInTheGenitive() {
        List<String> m = mentions("Der Abgeordnete Jürgen Trittin kritisierte den Plan. Trittin sagte, die Pläne Trittins "
                + "seien bekannt gewesen.");
        assertThat(m).contains("Jürgen Trittin/PER/NAME", "Trittin/PER/NAME", "Trittins/PER/NAME");
    }

    @Test
    void stageContract() throws Exception {
        StageContract.check(NER, AnalyzedArticle::entities);
    }

    @Test
    void partMentionsCoverTheWholeWord() {
        AnalyzedArticle doc = NER.analyze(StageContract.article("Der US-Außenminister reiste nach Moskau."));
        EntityMention part = doc.entities().get(0);
        assertThat(part.text()).isEqualTo("US-Außenminister");
        assertThat(doc.text().substring(part.begin(), part.end())).isEqualTo("US-Außenminister");
    }
}
