package org.newsgraph.de.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.de.StageContract;
import org.newsgraph.de.morph.MorphologyStage;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.pipeline.Pipeline;

class SegmentationContractTest {
    @Test
    void tokensAndSentencesKeepTheContract() throws Exception {
        SegmentationStage stage = new SegmentationStage();
        StageContract.check(stage, AnalyzedArticle::tokens);
        StageContract.check(stage, AnalyzedArticle::sentences);
    }

    @Test
    void everyNonSpaceCharacterIsInAToken() {
        SegmentationStage stage = new SegmentationStage();
        for (String t : StageContract.texts(7)) {
            AnalyzedArticle doc = stage.process(AnalyzedArticle.of(StageContract.article(t)));
            boolean[] covered = new boolean[t.length()];
            doc.tokens().forEach(tok -> { for (int i = tok.begin(); i < tok.end(); i++) covered[i] = true; });
            for (int i = 0; i < t.length(); i++) {
                if (!covered[i]) assertThat(GermanTokenizer.isSpace(t.charAt(i))).as("char %d of %s", i, t).isTrue();
            }
        }
    }

    @Test
    void morphologyKeepsTheContractAndFillsEveryToken() throws Exception {
        Pipeline p = Pipeline.of(new SegmentationStage(), new MorphologyStage());
        StageContract.check(p, AnalyzedArticle::tokens);
        for (String t : StageContract.texts(3)) {
            assertThat(p.analyze(StageContract.article(t)).tokens()).allSatisfy(tok -> {
                assertThat(tok.lemma()).isNotEmpty();
                assertThat(tok.pos()).isNotEmpty();
            });
        }
    }
}
