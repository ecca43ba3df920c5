package org.newsgraph.de.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.SeedArticles;
import org.newsgraph.de.morph.MorphologyStage;

/** Training on a small GermEval sample: deterministic, and the model learns its data. */
class NerTrainerTest {
    static List<GermEval.Sentence> sample;

    @BeforeAll
    static void read() throws Exception {
        List<GermEval.Sentence> all = GermEval.read(SeedArticles.shared().resolve("data/germeval2014/NER-de-dev.tsv"));
        assertThat(all).hasSize(2200);
        sample = new ArrayList<>(all.subList(0, 200));
    }

    @Test
    void sameInputGivesByteIdenticalModels() {
        byte[] a = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7).train(sample, x -> { });
        byte[] b = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7).train(sample, x -> { });
        assertThat(a).isEqualTo(b);
        byte[] other = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 8).train(sample, x -> { });
        assertThat(other).isNotEqualTo(a);   // the seed matters, so the test above can fail
    }

    @Test
    void severalRunsAreDeterministicAndDifferFromOneRun() {
        byte[] one = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7, 1).train(sample, x -> { });
        assertThat(one).isEqualTo(new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7).train(sample, x -> { }));
        byte[] a = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7, 3).train(sample, x -> { });
        byte[] b = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7, 3).train(sample, x -> { });
        assertThat(a).isEqualTo(b).isNotEqualTo(one);
    }

    @Test
    void dropoutIsDeterministicAndChangesTheModel() {
        byte[] plain = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7, 2).train(sample, x -> { });
        assertThat(new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7, 2, 0).train(sample, x -> { })).isEqualTo(plain);
        byte[] a = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7, 2, 0.2).train(sample, x -> { });
        byte[] b = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7, 2, 0.2).train(sample, x -> { });
        assertThat(a).isEqualTo(b).isNotEqualTo(plain);
    }

    @Test
    void modelTrainedWithDropoutStillLearnsItsTrainingData() throws Exception {
        byte[] bytes = new NerTrainer(NerTagger.defaultFeatures(), 8, 1, 7, 2, 0.2).train(sample, x -> { });
        assertThat(outerF1OnSample(bytes)).isGreaterThan(0.9);
    }

    @Test
    void averageOfRunsStillLearnsItsTrainingData() throws Exception {
        byte[] bytes = new NerTrainer(NerTagger.defaultFeatures(), 8, 1, 7, 3).train(sample, x -> { });
        assertThat(outerF1OnSample(bytes)).isGreaterThan(0.9);
    }

    @Test
    void crfIsDeterministicAndDiffersFromThePerceptron() {
        byte[] a = new NerCrfTrainer(NerTagger.defaultFeatures(), 10, 1, 1.0, 1e-3).train(sample, x -> { });
        byte[] b = new NerCrfTrainer(NerTagger.defaultFeatures(), 10, 1, 1.0, 1e-3).train(sample, x -> { });
        assertThat(a).isEqualTo(b);
        assertThat(new NerCrfTrainer(NerTagger.defaultFeatures(), 10, 1, 0.1, 1e-3).train(sample, x -> { })).isNotEqualTo(a);
        assertThat(new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7).train(sample, x -> { })).isNotEqualTo(a);
    }

    @Test
    void crfLearnsItsTrainingData() throws Exception {
        byte[] bytes = new NerCrfTrainer(NerTagger.defaultFeatures(), 100, 1, 0.1, 1e-3).train(sample, x -> { });
        assertThat(outerF1OnSample(bytes)).isGreaterThan(0.9);
    }

    @Test
    void selfTrainingIsDeterministic() {
        // the next 100 sentences of the file, without their tags, as unlabelled documents
        List<GermEval.Sentence> all = new ArrayList<>(sample);
        PreTokenized pre = new PreTokenized(new MorphologyStage());
        List<NerInput> unlabelled = new ArrayList<>();
        for (int i = 0; i < 100; i += 10) {
            List<String[]> doc = new ArrayList<>();
            for (int j = i; j < i + 10; j++) doc.add(all.get(j).tokens());
            unlabelled.add(pre.input(doc));
        }
        List<GermEval.Sentence> labelled = sample.subList(100, 200);
        byte[] a = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7, 2, 0.2).selfTrain(labelled, unlabelled, 0.3, 40, x -> { });
        byte[] b = new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7, 2, 0.2).selfTrain(labelled, unlabelled, 0.3, 40, x -> { });
        assertThat(a).isEqualTo(b).isNotEqualTo(new NerTrainer(NerTagger.defaultFeatures(), 3, 1, 7, 2, 0.2).train(labelled, x -> { }));
        byte[] c = new NerCrfTrainer(NerTagger.defaultFeatures(), 10, 1, 1.0, 1e-3).selfTrain(labelled, unlabelled, 0.0, 0.3, 40, x -> { });
        byte[] d = new NerCrfTrainer(NerTagger.defaultFeatures(), 10, 1, 1.0, 1e-3).selfTrain(labelled, unlabelled, 0.0, 0.3, 40, x -> { });
        assertThat(c).isEqualTo(d);
    }

    @Test
    void crfGradientMatchesFiniteDifferences() {
        // two tiny sentences over four features; the analytic gradient of the objective against central differences
        int[][][] ids = {{{0, 1}, {2}, {1, 3}}, {{3}, {0, 2}}};
        int[][] gold = {{NerTags.index("B-PER"), NerTags.index("I-PER"), NerTags.index("O")}, {NerTags.index("B-LOC"), NerTags.index("O")}};
        NerCrfTrainer.Objective objective = new NerCrfTrainer.Objective(ids, gold, 4, 0.5);
        double[] x = new double[objective.dimension()];
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < x.length; k++) x[k] = random.nextGaussian() * 0.3;
        double[] g = new double[x.length];
        objective.value(x, g);
        double[] scratch = new double[x.length];
        for (int k = 0; k < x.length; k += 7) {
            double keep = x[k];
            x[k] = keep + 1e-5;
            double up = objective.value(x, scratch);
            x[k] = keep - 1e-5;
            double down = objective.value(x, scratch);
            x[k] = keep;
            assertThat(g[k]).as("component %d", k).isCloseTo((up - down) / 2e-5, org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void learnsItsTrainingData() throws Exception {
        byte[] bytes = new NerTrainer(NerTagger.defaultFeatures(), 8, 1, 7).train(sample, x -> { });
        assertThat(outerF1OnSample(bytes)).isGreaterThan(0.9);
    }

    @Test
    void splitIsBySourceAndFixed() throws Exception {
        List<GermEval.Sentence> all = GermEval.read(SeedArticles.shared().resolve("data/germeval2014/NER-de-dev.tsv"));
        long validation = all.stream().filter(GermEval::isValidation).count();
        assertThat(validation).isBetween(350L, 550L);
        // sentences of one source share a fold
        java.util.Map<String, Boolean> fold = new java.util.HashMap<>();
        for (GermEval.Sentence s : all) {
            String url = s.source().split("\t")[0];
            Boolean before = fold.putIfAbsent(url, GermEval.isValidation(s));
            if (before != null) assertThat(GermEval.isValidation(s)).isEqualTo(before);
        }
        assertThat(GermEval.isValidation(new GermEval.Sentence("http://www.welt.de/x\t[2009-10-01]", new String[] {"a"}, null)))
                .isEqualTo(GermEval.isValidation(new GermEval.Sentence("http://www.welt.de/x\t[2010-01-01]", new String[] {"b"}, null)));
    }

    /** Outer F1 of a trained model on the sentences it was trained on. */
    private double outerF1OnSample(byte[] bytes) throws java.io.IOException {
        NerTagger tagger = new NerTagger(NerModel.read(new ByteArrayInputStream(bytes)), NerTagger.defaultFeatures(), false);
        PreTokenized pre = new PreTokenized(new MorphologyStage());
        NerScore score = new NerScore();
        for (GermEval.Sentence s : sample) score.add(s.tags(), NerTagger.names(tagger.tag(pre.input(List.<String[]>of(s.tokens())))));
        return score.outerF1();
    }
}
