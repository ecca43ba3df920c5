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

    /** Training sentences as feature indices: the 64-bit keys of the indexed features, per sentence and token the indices, the gold tags. */
    record Prepared(long[] keys, int[][][] ids, int[][] gold) {
    }

    /**
     * Extracts the features of labelled sentences (each its own document) and indexes those seen at
     * least {@code minCount} times in order of first occurrence; each token's features are sorted.
     */
    static Prepared prepare(NerFeatures features, List<GermEval.Sentence> sentences, int minCount, Consumer<String> log) {
        List<long[][]> fs = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        extract(features, sentences, fs, golds);
        return index(fs, golds, minCount, log);
    }

    /** The features (each token's sorted) and gold tags of labelled sentences, each its own document. */
    static void extract(NerFeatures features, List<GermEval.Sentence> sentences, List<long[][]> outFeatures, List<int[]> outGold) {
        PreTokenized pre = new PreTokenized(new MorphologyStage());
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
            outFeatures.add(fs);
            outGold.add(gold);
        }
    }

    /** Indexes the features seen at least {@code minCount} times, in order of first occurrence. */
    static Prepared index(List<long[][]> features, List<int[]> golds, int minCount, Consumer<String> log) {
        List<Example> examples = new ArrayList<>();
        for (int e = 0; e < features.size(); e++) examples.add(new Example(features.get(e), golds.get(e)));
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
        int F = keys.size();
        log.accept(String.format("%d sentences, %d features (min count %d)", examples.size(), F, minCount));
        int[][][] ids = new int[examples.size()][][];
        int[][] gold = new int[examples.size()][];
        for (int e = 0; e < examples.size(); e++) {
            long[][] fs = examples.get(e).features();
            gold[e] = examples.get(e).gold();
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
        return new Prepared(keys.stream().mapToLong(Long::longValue).toArray(), ids, gold);
    }

    /** Trains on labelled sentences (each its own document) and returns the gzip'd model. */
    public byte[] train(List<GermEval.Sentence> sentences, Consumer<String> log) {
        Prepared data = prepare(features, sentences, minCount, log);
        Weights m = weights(data, log);
        return write(data.keys(), m.w(), 1, m.trans(), 1e-3, log);
    }

    /** Weights per feature and tag ({@code features × tags}) and tag transitions ({@code (tags + 1) × tags}). */
    record Weights(double[] w, double[] trans) {
    }

    /** The mean of the runs' averaged weights on prepared data. */
    Weights weights(Prepared data, Consumer<String> log) {
        return weights(data, null, log);
    }

    /** As {@link #weights(Prepared, Consumer)}, the updates of each sentence scaled by its weight (null: all 1). */
    Weights weights(Prepared data, double[] exampleWeights, Consumer<String> log) {
        int[][][] ids = data.ids();
        int L = NerTags.size();
        int F = data.keys().length;
        double[] sumW = new double[F * L];
        double[] sumTrans = new double[(L + 1) * L];
        for (int run = 0; run < runs; run++) {
            float[] w = new float[F * L];
            double[] acc = new double[F * L];
            float[] trans = new float[(L + 1) * L];
            double[] transAcc = new double[(L + 1) * L];
            int[] order = new int[ids.length];
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
                    int[] gold = data.gold()[e];
                    float u = exampleWeights == null ? 1f : (float) exampleWeights[e];
                    double uc = exampleWeights == null ? c : u * (double) c;
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
                                w[f * L + g] += u; acc[f * L + g] += uc;
                                w[f * L + p] -= u; acc[f * L + p] -= uc;
                            }
                        }
                        if (g != p || gp != pp) {
                            trans[gp * L + g] += u; transAcc[gp * L + g] += uc;
                            trans[pp * L + p] -= u; transAcc[pp * L + p] -= uc;
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
        for (int i = 0; i < sumW.length; i++) sumW[i] /= runs;
        for (int i = 0; i < sumTrans.length; i++) sumTrans[i] /= runs;
        return new Weights(sumW, sumTrans);
    }

    /**
     * Self-training: trains on the labelled sentences, tags the sentences of the unlabelled
     * documents, keeps the {@code maxSentences} that contain a name and whose best tag sequence
     * is furthest ahead of the second best (ties in document order), and trains again on the
     * labelled sentences plus these, their updates scaled by {@code weight}. Deterministic.
     */
    public byte[] selfTrain(List<GermEval.Sentence> labelled, List<NerInput> unlabelled, double weight, int maxSentences,
            Consumer<String> log) {
        List<long[][]> fs = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        extract(features, labelled, fs, golds);
        int labelledCount = fs.size();
        Prepared data = index(fs, golds, minCount, log);
        Weights m = weights(data, log);
        record Candidate(int order, long[][] x, int[] tags, double margin) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int seen = tagUnlabelled(features, unlabelled, data, m, t -> {
            candidates.add(new Candidate(candidates.size(), t.x(), t.tags(), margin(t.em(), t.tags().length, m.trans(), t.tags())));
            return true;
        });
        List<Candidate> kept = new ArrayList<>(candidates);
        kept.sort((a, b) -> a.margin() != b.margin() ? Double.compare(b.margin(), a.margin()) : Integer.compare(a.order(), b.order()));
        kept = new ArrayList<>(kept.subList(0, Math.min(maxSentences, kept.size())));
        double lowest = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).margin();
        kept.sort((a, b) -> Integer.compare(a.order(), b.order()));
        int tokens = 0;
        for (Candidate c : kept) {
            fs.add(c.x());
            golds.add(c.tags());
            tokens += c.tags().length;
        }
        log.accept(String.format("self-training: %d of %d unlabelled sentences kept (%d with a name; %d tokens, margin >= %.3f), weight %.2f",
                kept.size(), seen, candidates.size(), tokens, lowest, weight));
        candidates.clear();
        Prepared all = index(fs, golds, minCount, log);
        double[] exampleWeights = new double[fs.size()];
        for (int e = 0; e < exampleWeights.length; e++) exampleWeights[e] = e < labelledCount ? 1 : weight;
        Weights m2 = weights(all, exampleWeights, log);
        return write(all.keys(), m2.w(), 1, m2.trans(), 1e-3, log);
    }

    /** An unlabelled sentence as the model tags it: its features, best well-formed tags and emission scores. */
    record Tagged(long[][] x, int[] tags, double[] em) {
    }

    /**
     * Tags the sentences of 4 to 80 tokens of the unlabelled documents with the weights {@code m}
     * and hands those with a name to {@code accept}, in document order, until it returns false;
     * returns the number of sentences tagged. Shared by the self-training of both learners.
     */
    static int tagUnlabelled(NerFeatures features, List<NerInput> unlabelled, Prepared data, Weights m,
            java.util.function.Predicate<Tagged> accept) {
        int L = NerTags.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int f = 0; f < data.keys().length; f++) index.put(data.keys()[f], f);
        double[] w = m.w(), trans = m.trans();
        float[] transF = new float[trans.length];
        for (int k = 0; k < trans.length; k++) transF[k] = (float) trans[k];
        int seen = 0;
        for (NerInput doc : unlabelled) {
            NerFeatures.DocumentContext ctx = features.context(doc);
            for (int[] s : doc.sentences()) {
                int n = s[1] - s[0];
                if (n < 4 || n > 80) continue;
                seen++;
                long[][] x = features.sentence(doc, ctx, s[0], s[1]);
                for (long[] tok : x) Arrays.sort(tok);
                double[] em = new double[n * L];
                for (int i = 0; i < n; i++) {
                    for (long key : x[i]) {
                        Integer f = index.get(key);
                        if (f == null) continue;
                        for (int t = 0; t < L; t++) em[i * L + t] += w[f * L + t];
                    }
                }
                float[] emF = new float[em.length];
                for (int k = 0; k < em.length; k++) emF[k] = (float) em[k];
                int[] pred = Viterbi.decode(emF, n, transF, L);
                boolean name = false;
                for (int t : pred) name |= t != 0;
                if (name && !accept.test(new Tagged(x, pred, em))) return seen;
            }
        }
        return seen;
    }

    /** Score of the best well-formed tag sequence {@code best} minus that of the second best. */
    static double margin(double[] em, int n, double[] trans, int[] best) {
        int L = NerTags.size();
        double[] fwd = new double[n * L], bwd = new double[n * L];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < L; y++) {
                double m = Double.NEGATIVE_INFINITY;
                if (i == 0) {
                    if (NerTags.allowed(-1, y)) m = trans[L * L + y];
                } else {
                    for (int p = 0; p < L; p++) if (NerTags.allowed(p, y)) m = Math.max(m, fwd[(i - 1) * L + p] + trans[p * L + y]);
                }
                fwd[i * L + y] = m + em[i * L + y];
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int p = 0; p < L; p++) {
                double m = Double.NEGATIVE_INFINITY;
                for (int y = 0; y < L; y++) if (NerTags.allowed(p, y)) m = Math.max(m, trans[p * L + y] + em[(i + 1) * L + y] + bwd[(i + 1) * L + y]);
                bwd[i * L + p] = m;
            }
        }
        double top = Double.NEGATIVE_INFINITY, second = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < L; y++) top = Math.max(top, fwd[(n - 1) * L + y]);
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < L; y++) if (y != best[i]) second = Math.max(second, fwd[i * L + y] + bwd[i * L + y]);
        }
        return top - second;
    }

    /**
     * The gzip'd model of weights {@code w} (features × tags, divided by {@code divisor}) and
     * transitions; weights below {@code threshold} in magnitude are left out, as are features
     * without any weight left. Keys are written sorted, so the bytes do not depend on the indexing.
     */
    static byte[] write(long[] sorted, double[] w, double divisor, double[] trans, double threshold, Consumer<String> log) {
        int L = NerTags.size();
        int F = sorted.length;
        Integer[] byKey = new Integer[F];
        for (int i = 0; i < F; i++) byKey[i] = i;
        Arrays.sort(byKey, (a, b) -> Long.compare(sorted[a], sorted[b]));
        List<Long> outKeys = new ArrayList<>();
        List<float[]> outRows = new ArrayList<>();
        long weights = 0;
        for (int r : byKey) {
            float[] row = new float[L];
            boolean any = false;
            for (int y = 0; y < L; y++) {
                float v = (float) (w[r * L + y] / divisor);
                if (Math.abs(v) < threshold) v = 0f;
                row[y] = v;
                any |= v != 0f;
                if (v != 0f) weights++;
            }
            if (!any) continue;
            outKeys.add(sorted[r]);
            outRows.add(row);
        }
        float[] outTrans = new float[trans.length];
        for (int i = 0; i < trans.length; i++) outTrans[i] = (float) (trans[i] / divisor);
        log.accept(String.format("model: %d features with weights (%d weights)", outKeys.size(), weights));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            NerModel.write(bytes, outKeys.stream().mapToLong(Long::longValue).toArray(), outRows.toArray(new float[0][]), outTrans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
