package org.newsgraph.de.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NerScoreTest {
    @Test
    void strictSpansWithConllevalChunks() {
        NerScore s = new NerScore();
        // gold: [Angela Merkel]PER in [Berlin]LOC ; pred gets PER right, LOC as ORG
        s.add(new String[] {"B-PER", "I-PER", "O", "B-LOC"}, new String[] {"B-PER", "I-PER", "O", "B-ORG"});
        // an I- tag without B- opens a chunk (as in score_ner.py): the prediction matches
        s.add(new String[] {"B-LOCderiv", "O"}, new String[] {"I-LOCderiv", "O"});
        // a boundary error is a false positive and a false negative
        s.add(new String[] {"B-ORG", "I-ORG"}, new String[] {"B-ORG", "O"});
        // tp = PER, LOCderiv = 2; fp = ORG(pred), ORG(short) = 2; fn = LOC, ORG(long) = 2
        assertThat(s.outerF1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.f1("PER")).isEqualTo(1.0);
        assertThat(s.f1("LOC")).isEqualTo(0.0);
        // PER/LOC/ORG only: tp 1, fp 2, fn 2
        assertThat(s.ploF1()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.report().get(s.report().size() - 1)).isEqualTo("outer_f1=0.5000 plo_f1=0.3333");
    }
}
