package org.newsgraph.de.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Token;

/**
 * Trains the {@link ReportedSpeechModel}: the candidate sentences of analysed articles (those the
 * rules found no statement in) labelled by gold reported statements, then L2-regularised logistic
 * regression with AdaGrad over a seeded shuffle. Same examples and settings, same weights.
 */
public final class ReportedSpeechTrainer {
    /** A candidate sentence with its label, its text and speaker (for error lists). */
    public record Example(List<String> features, boolean positive, String text) {
    }

    /** Sentence-level precision, recall and F1 of a threshold. */
    public record Score(double threshold, int tp, int fp, int fn) {
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    /** Share of a candidate's word tokens that must lie in gold reported statements for it to be positive. */
    public static final double POSITIVE_SHARE = 0.5;

    private final int epochs;
    private final double rate;
    private final double l2;
    private final int minCount;
    private final long seed;

    public ReportedSpeechTrainer(int epochs, double rate, double l2, int minCount, long seed) {
        this.epochs = epochs;
        this.rate = rate;
        this.l2 = l2;
        this.minCount = minCount;
        this.seed = seed;
    }

    /**
     * The candidates of one analysed article (tokens, morphology and, if present, entities), labelled:
     * positive when at least half of its word tokens lie in a gold reported statement.
     *
     * @param goldReported character spans [begin, end) of the gold reported statements' parts
     */
    public static List<Example> examples(AnalyzedArticle doc, List<int[]> goldReported, SpeechCues cues) {
        List<ReportedCandidate> candidates = new ArrayList<>();
        new QuoteFinder(doc, cues).judging(c -> { candidates.add(c); return false; }).run();
        List<Example> out = new ArrayList<>(candidates.size());
        for (ReportedCandidate c : candidates) {
            int words = 0, inside = 0;
            for (Token t : doc.tokensIn(new org.newsgraph.model.Span(c.begin(), c.end()))) {
                String w = doc.text().substring(t.begin(), t.end());
                if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))) continue;
                words++;
                for (int[] g : goldReported) if (g[0] <= t.begin() && t.end() <= g[1]) { inside++; break; }
            }
            String text = doc.text().substring(c.begin(), c.end())
                    + (c.speaker() == null ? " [-]" : " [" + doc.text().substring(c.speaker()[0], c.speaker()[1]) + "]");
            out.add(new Example(c.features(), words > 0 && inside >= POSITIVE_SHARE * words, text));
        }
        return out;
    }

    /** Trains weights on the examples; the threshold is set later from held-out examples. */
    public ReportedSpeechModel train(List<Example> examples, double threshold) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) for (String f : e.features()) counts.merge(f, 1, Integer::sum);
        // index features in sorted order so that nothing depends on hash iteration
        Map<String, Integer> index = new HashMap<>();
        for (String f : new TreeMap<>(counts).keySet()) if (counts.get(f) >= minCount) index.put(f, index.size());
        int[][] x = new int[examples.size()][];
        double[] y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            x[i] = e.features().stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray();
            y[i] = e.positive() ? 1 : 0;
        }
        double[] w = new double[index.size()], g2 = new double[index.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.length; i++) order.add(i);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                double z = 0;
                for (int f : x[i]) z += w[f];
                double g = 1 / (1 + Math.exp(-z)) - y[i];
                for (int f : x[i]) {
                    double grad = g + l2 * w[f];
                    g2[f] += grad * grad;
                    w[f] -= rate * grad / Math.sqrt(g2[f] + 1e-8);
                }
            }
        }
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            double v = Math.round(w[e.getValue()] * 1e5) / 1e5; // the precision the model file keeps
            if (v != 0) weights.put(e.getKey(), v);
        }
        return new ReportedSpeechModel(weights, threshold);
    }

    /** The threshold (in steps of 0.01) with the best sentence-level F1 on the examples; ties go to the higher threshold. */
    public static Score bestThreshold(ReportedSpeechModel model, List<Example> heldOut) {
        Score best = null;
        for (int k = 99; k >= 1; k--) {
            Score s = score(model, heldOut, k / 100.0);
            if (best == null || s.f1() > best.f1()) best = s;
        }
        return best;
    }

    public static Score score(ReportedSpeechModel model, List<Example> examples, double threshold) {
        int tp = 0, fp = 0, fn = 0;
        for (Example e : examples) {
            boolean yes = model.probability(e.features()) >= threshold;
            if (yes && e.positive()) tp++;
            else if (yes) fp++;
            else if (e.positive()) fn++;
        }
        return new Score(threshold, tp, fp, fn);
    }
}
