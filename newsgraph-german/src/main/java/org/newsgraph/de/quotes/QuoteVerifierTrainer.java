package org.newsgraph.de.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.newsgraph.model.QuoteType;

/**
 * Fits the weights of a {@link QuoteVerifierModel}: L2-regularised logistic regression with AdaGrad
 * over a seeded shuffle, the learner of {@link ReportedSpeechTrainer}. Same examples and settings, same
 * weights. Labels (whether a statement pairs with a gold one) and the threshold come from the caller,
 * which counts the official way.
 */
public final class QuoteVerifierTrainer {
    /** The features of a found statement and whether it pairs with a gold statement. */
    public record Example(List<String> features, boolean positive) {
        public Example {
            features = List.copyOf(features);
        }
    }

    private final int epochs;
    private final double rate;
    private final double l2;
    private final int minCount;
    private final long seed;

    public QuoteVerifierTrainer(int epochs, double rate, double l2, int minCount, long seed) {
        this.epochs = epochs;
        this.rate = rate;
        this.l2 = l2;
        this.minCount = minCount;
        this.seed = seed;
    }

    /** Trains weights on the examples, in their order, and returns them with the given thresholds and action. */
    public QuoteVerifierModel train(List<Example> examples, Map<QuoteType, Double> thresholds, QuoteVerifier.Verdict action) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) for (String f : e.features()) counts.merge(f, 1, Integer::sum);
        // index features in sorted order so that nothing depends on hash iteration
        Map<String, Integer> index = new HashMap<>();
        for (String f : new TreeMap<>(counts).keySet()) if (counts.get(f) >= minCount) index.put(f, index.size());
        int[][] x = new int[examples.size()][];
        double[] y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray();
            y[i] = examples.get(i).positive() ? 1 : 0;
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
        return new QuoteVerifierModel(weights, thresholds, action);
    }
}
