package org.newsgraph.de.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.newsgraph.de.morph.MorphologyStage;

/**
 * Trains the recogniser: a structured averaged perceptron (Collins 2002) over {@link NerFeatures}
 * with first-order tag transitions and Viterbi decoding. Deterministic: sentences in input order,
 * shuffled per epoch with a fixed seed, each token's features sorted, features indexed in order of
 * first occurrence, the model
 * written with sorted keys; the same input gives a byte-identical model.
 */
public final class NerTrainer {
    private final NerFeatures features;
    private final int epochs;
    private final int minCount;
    private final long seed;
    private final int runs;
    private final double dropout;

    public NerTrainer(NerFeatures features, int epochs, int minCount, long seed) {
        this(features, epochs, minCount, seed, 1);
    }

    public NerTrainer(NerFeatures features, int epochs, int minCount, long seed, int runs) {
        this(features, epochs, minCount, seed, runs, 0);
    }

    /**
     * With {@code runs} > 1 the perceptron is trained that many times on different shuffles
     * (seeds {@code seed}, {@code seed + 1}, ...) and the averaged weights of the runs are averaged:
     * the result depends much less on the order of the sentences. With {@code dropout} > 0 each
     * feature occurrence of a training token is left out with that probability, anew in every
     * epoch (a deterministic hash of run, epoch, sentence, token and feature decides), so that the
     * weights do not rest on a few features that happen to fit the small training set.
     */
    public NerTrainer(NerFeatures features, int epochs, int minCount, long seed, int runs, double dropout) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1");
        if (dropout < 0 || dropout >= 1) throw new IllegalArgumentException("dropout must be in [0, 1)");
        this.dropout = dropout;
        this.features = features;
        this.epochs = epochs;
        this.minCount = minCount;
        this.seed = seed;
        this.runs = runs;
    }

    /** The features of a sentence's tokens less those that dropout leaves out in this epoch. */
    private int[][] drop(int[][] x, int run, int epoch, int sentence) {
        long base = ((seed + run) * 1_000_003L + epoch) * 1_000_003L + sentence;
        int[][] kept = new int[x.length][];
        for (int i = 0; i < x.length; i++) {
            int[] xs = new int[x[i].length];
            int m = 0;
            for (int k = 0; k < x[i].length; k++) {
                long h = FeatureHash.finish(base * 8191 + i * 4099L + k);
                if ((h >>> 11) * 0x1.0p-53 >= dropout) xs[m++] = x[i][k];
            }
            kept[i] = Arrays.copyOf(xs, m);
        }
        return kept;
    }

    /** Training sentences in feature form. */
    private record Example(long[][] features, int[] gold) {
    }

    /** Trains on labelled sentences (each its own document) and returns the gzip'd model. */
    public byte[] train(List<GermEval.Sentence> sentences, Consumer<String> log) {
        PreTokenized pre = new PreTokenized(new MorphologyStage());
        List<Example> examples = new ArrayList<>();
        for (GermEval.Sentence s : sentences) {
            if (s.tags() == null) continue;
            NerInput in = pre.input(List.<String[]>of(s.tokens()));
            NerFeatures.DocumentContext ctx = features.context(in);
            int[] gold = new int[s.tags().length];
            for (int i = 0; i < gold.length; i++) gold[i] = NerTags.index(s.tags()[i]);
            long[][] fs = features.sentence(in, ctx, 0, in.size());
            // a canonical order of each token's features: the name classes of a token come from an
            // immutable set whose iteration order changes from one JVM to the next, and the order
            // decides the feature indices, the float sums and which features dropout leaves out
            for (long[] tok : fs) Arrays.sort(tok);
            examples.add(new Example(fs, gold));
        }
        // index features seen at least minCount times, in order of first occurrence
        Map<Long, int[]> counts = new HashMap<>();
        for (Example e : examples) for (long[] tok : e.features()) for (long f : tok) counts.computeIfAbsent(f, k -> new int[1])[0]++;
        Map<Long, Integer> index = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        for (Example e : examples) {
            for (long[] tok : e.features()) {
                for (long f : tok) {
                    if (f == 0 || counts.get(f)[0] < minCount || index.containsKey(f)) continue;
                    index.put(f, keys.size());
                    keys.add(f);
                }
            }
        }
        counts = null;
        int L = NerTags.size();
        int F = keys.size();
        log.accept(String.format("%d sentences, %d features (min count %d)", examples.size(), F, minCount));
        int[][][] ids = new int[examples.size()][][];
        for (int e = 0; e < examples.size(); e++) {
            long[][] fs = examples.get(e).features();
            ids[e] = new int[fs.length][];
            for (int i = 0; i < fs.length; i++) {
                int[] x = new int[fs[i].length];
                int k = 0;
                for (long f : fs[i]) {
                    Integer id = index.get(f);
                    if (id != null) x[k++] = id;
                }
                ids[e][i] = Arrays.copyOf(x, k);
            }
        }
        double[] sumW = new double[F * L];
        double[] sumTrans = new double[(L + 1) * L];
        for (int run = 0; run < runs; run++) {
            float[] w = new float[F * L];
            double[] acc = new double[F * L];
            float[] trans = new float[(L + 1) * L];
            double[] transAcc = new double[(L + 1) * L];
            int[] order = new int[examples.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Random random = new Random(seed + run);
            long c = 1;
            for (int epoch = 0; epoch < epochs; epoch++) {
                for (int i = order.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = order[i]; order[i] = order[j]; order[j] = t;
                }
                int errors = 0, tokens = 0;
                for (int e : order) {
                    int[][] x = dropout > 0 ? drop(ids[e], run, epoch, e) : ids[e];
                    int[] gold = examples.get(e).gold();
                    int n = gold.length;
                    float[] emission = new float[n * L];
                    for (int i = 0; i < n; i++) for (int f : x[i]) for (int y = 0; y < L; y++) emission[i * L + y] += w[f * L + y];
                    int[] pred = Viterbi.decode(emission, n, trans, L);
                    tokens += n;
                    for (int i = 0; i < n; i++) {
                        int g = gold[i], p = pred[i];
                        int gp = i == 0 ? L : gold[i - 1], pp = i == 0 ? L : pred[i - 1];
                        if (g != p) {
                            errors++;
                            for (int f : x[i]) {
                                w[f * L + g] += 1; acc[f * L + g] += c;
                                w[f * L + p] -= 1; acc[f * L + p] -= c;
                            }
                        }
                        if (g != p || gp != pp) {
                            trans[gp * L + g] += 1; transAcc[gp * L + g] += c;
                            trans[pp * L + p] -= 1; transAcc[pp * L + p] -= c;
                        }
                    }
                    c++;
                }
                log.accept(String.format("run %d epoch %d: %d of %d tokens wrong", run + 1, epoch + 1, errors, tokens));
            }
            // averaged weights of this run: w - acc / c
            for (int i = 0; i < w.length; i++) sumW[i] += w[i] - acc[i] / c;
            for (int i = 0; i < trans.length; i++) sumTrans[i] += trans[i] - transAcc[i] / c;
        }
        // mean over the runs
        long[] sorted = keys.stream().mapToLong(Long::longValue).toArray();
        Integer[] byKey = new Integer[F];
        for (int i = 0; i < F; i++) byKey[i] = i;
        Arrays.sort(byKey, (a, b) -> Long.compare(sorted[a], sorted[b]));
        List<Long> outKeys = new ArrayList<>();
        List<float[]> outRows = new ArrayList<>();
        for (int r : byKey) {
            float[] row = new float[L];
            boolean any = false;
            for (int y = 0; y < L; y++) {
                float v = (float) (sumW[r * L + y] / runs);
                if (Math.abs(v) < 1e-3f) v = 0f;
                row[y] = v;
                any |= v != 0f;
            }
            if (!any) continue;
            outKeys.add(sorted[r]);
            outRows.add(row);
        }
        float[] avgTrans = new float[sumTrans.length];
        for (int i = 0; i < sumTrans.length; i++) avgTrans[i] = (float) (sumTrans[i] / runs);
        log.accept(String.format("model: %d features with weights", outKeys.size()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            NerModel.write(bytes, outKeys.stream().mapToLong(Long::longValue).toArray(), outRows.toArray(new float[0][]), avgTrans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
