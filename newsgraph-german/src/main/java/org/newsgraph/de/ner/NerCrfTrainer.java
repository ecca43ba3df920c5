package org.newsgraph.de.ner;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains the recogniser as a linear-chain conditional random field (Lafferty et al. 2001) over
 * the same {@link NerFeatures} and BIO tags as {@link NerTrainer}: the conditional log-likelihood
 * of the gold tags with an L2 (Gaussian) prior is maximised by L-BFGS over all sentences at once,
 * with forward-backward restricted to well-formed BIO sequences, as {@link Viterbi} decodes. The
 * model file is the same as the perceptron's. Deterministic: one thread, sentences in input order,
 * no random numbers; the same input gives a byte-identical model.
 */
public final class NerCrfTrainer {
    private static final int L = NerTags.size();
    /** allowed transitions, (L + 1) × L; row L is the sentence start. */
    private static final boolean[] ALLOWED = new boolean[(L + 1) * L];

    static {
        for (int p = 0; p <= L; p++) for (int y = 0; y < L; y++) ALLOWED[p * L + y] = NerTags.allowed(p == L ? -1 : p, y);
    }

    private final NerFeatures features;
    private final int iterations;
    private final int minCount;
    private final double l2;
    private final double threshold;

    /**
     * @param iterations at most this many L-BFGS iterations (fewer when the objective stops improving)
     * @param l2         weight λ of the prior λ/2·‖w‖² (the inverse of the Gaussian's variance)
     * @param threshold  weights below this magnitude are left out of the model (after each
     *                   feature's weights are shifted by their median, which changes no decision)
     */
    public NerCrfTrainer(NerFeatures features, int iterations, int minCount, double l2, double threshold) {
        if (iterations < 1) throw new IllegalArgumentException("iterations must be at least 1");
        if (l2 < 0) throw new IllegalArgumentException("l2 must not be negative");
        this.features = features;
        this.iterations = iterations;
        this.minCount = minCount;
        this.l2 = l2;
        this.threshold = threshold;
    }

    /** Trains on labelled sentences (each its own document) and returns the gzip'd model. */
    public byte[] train(List<GermEval.Sentence> sentences, Consumer<String> log) {
        NerTrainer.Prepared data = NerTrainer.prepare(features, sentences, minCount, log);
        NerTrainer.Weights m = weights(data, log);
        return write(data.keys(), m.w(), m.trans(), threshold, log);
    }

    /** The gzip'd model; each feature's weights are shifted by their median first. */
    static byte[] write(long[] keys, double[] w, double[] trans, double threshold, Consumer<String> log) {
        // a constant added to all tag weights of one feature changes no decision: shift each
        // feature's weights so that their median is 0, then most of them are close to 0
        w = w.clone();
        double[] row = new double[L];
        for (int f = 0; f < keys.length; f++) {
            System.arraycopy(w, f * L, row, 0, L);
            Arrays.sort(row);
            double median = row[L / 2];
            for (int y = 0; y < L; y++) w[f * L + y] -= median;
        }
        return NerTrainer.write(keys, w, 1, trans, threshold, log);
    }

    /** The CRF's weights on prepared data. */
    NerTrainer.Weights weights(NerTrainer.Prepared data, Consumer<String> log) {
        return weights(data, null, log);
    }

    /** As {@link #weights(NerTrainer.Prepared, Consumer)}, each sentence's log-likelihood weighted (null: all 1). */
    NerTrainer.Weights weights(NerTrainer.Prepared data, double[] exampleWeights, Consumer<String> log) {
        int[][] gold = new int[data.gold().length][];
        int repaired = 0;
        for (int e = 0; e < gold.length; e++) {
            int[] g = gold[e] = data.gold()[e].clone();
            for (int i = 0; i < g.length; i++) {
                // an I- tag that does not continue its class (rare annotation slips) has probability 0
                if (!ALLOWED[(i == 0 ? L : g[i - 1]) * L + g[i]]) { g[i]--; repaired++; }
            }
        }
        if (repaired > 0) log.accept(repaired + " ill-formed I- tags read as B-");
        int F = data.keys().length;
        Objective objective = new Objective(data.ids(), gold, exampleWeights, F, l2);
        double[] x = new double[objective.dimension()];
        new Lbfgs(6, iterations, 1e-5, 10).minimize(objective, x, log);
        return new NerTrainer.Weights(Arrays.copyOf(x, F * L), Arrays.copyOfRange(x, F * L, x.length));
    }

    /**
     * Self-training: trains on the labelled sentences, tags the sentences of the unlabelled
     * documents, keeps those (in document order, at most {@code maxSentences}) that contain a
     * name and whose tag sequence has a probability of at least {@code confidence} under the
     * model, and trains again on the labelled sentences plus these, their log-likelihood
     * weighted by {@code weight}. Deterministic.
     */
    public byte[] selfTrain(List<GermEval.Sentence> labelled, List<NerInput> unlabelled, double confidence, double weight,
            int maxSentences, Consumer<String> log) {
        List<long[][]> fs = new java.util.ArrayList<>();
        List<int[]> golds = new java.util.ArrayList<>();
        NerTrainer.extract(features, labelled, fs, golds);
        int labelledCount = fs.size();
        NerTrainer.Prepared data = NerTrainer.index(fs, golds, minCount, log);
        NerTrainer.Weights m = weights(data, log);
        double[] trans = m.trans();
        int[] kept = {0, 0};
        int seen = NerTrainer.tagUnlabelled(features, unlabelled, data, m, t -> {
            int n = t.tags().length;
            int[] pred = t.tags();
            double score = 0;
            for (int i = 0; i < n; i++) score += t.em()[i * L + pred[i]] + trans[(i == 0 ? L : pred[i - 1]) * L + pred[i]];
            if (Math.exp(score - logZ(t.em(), n, trans)) < confidence) return true;
            fs.add(t.x());
            golds.add(pred);
            kept[0]++;
            kept[1] += n;
            return kept[0] < maxSentences;
        });
        log.accept(String.format("self-training: %d of %d unlabelled sentences kept (%d tokens), weight %.2f", kept[0], seen, kept[1], weight));
        NerTrainer.Prepared all = NerTrainer.index(fs, golds, minCount, log);
        double[] exampleWeights = new double[fs.size()];
        for (int e = 0; e < exampleWeights.length; e++) exampleWeights[e] = e < labelledCount ? 1 : weight;
        NerTrainer.Weights m2 = weights(all, exampleWeights, log);
        return write(all.keys(), m2.w(), m2.trans(), threshold, log);
    }

    /** Log of the sum over the well-formed tag sequences of exp(score). */
    static double logZ(double[] em, int n, double[] trans) {
        double[] alpha = new double[L], next = new double[L];
        double logZ = 0;
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < L; t++) max = Math.max(max, em[i * L + t]);
            double sum = 0;
            for (int t = 0; t < L; t++) {
                double a = 0;
                if (i == 0) {
                    if (ALLOWED[L * L + t]) a = Math.exp(trans[L * L + t]);
                } else {
                    for (int p = 0; p < L; p++) if (ALLOWED[p * L + t]) a += alpha[p] * Math.exp(trans[p * L + t]);
                }
                a *= Math.exp(em[i * L + t] - max);
                next[t] = a;
                sum += a;
            }
            for (int t = 0; t < L; t++) alpha[t] = next[t] / sum;
            logZ += Math.log(sum) + max;
        }
        return logZ;
    }

    /** Negative conditional log-likelihood plus the L2 prior, and its gradient. */
    static final class Objective {
        private final int[][][] ids;
        private final int[][] gold;
        private final double[] exampleWeights;
        private final int weights;
        private final double l2;
        private final int maxLength;

        Objective(int[][][] ids, int[][] gold, int features, double l2) {
            this(ids, gold, null, features, l2);
        }

        Objective(int[][][] ids, int[][] gold, double[] exampleWeights, int features, double l2) {
            this.exampleWeights = exampleWeights;
            this.ids = ids;
            this.gold = gold;
            this.weights = features * L;
            this.l2 = l2;
            int max = 1;
            for (int[] g : gold) max = Math.max(max, g.length);
            this.maxLength = max;
        }

        int dimension() {
            return weights + (L + 1) * L;
        }

        /** The objective at {@code x}; its gradient is written to {@code g}. */
        double value(double[] x, double[] g) {
            Arrays.fill(g, 0);
            int T = weights;
            double[] expT = new double[(L + 1) * L];
            for (int k = 0; k < expT.length; k++) expT[k] = ALLOWED[k] ? Math.exp(x[T + k]) : 0;
            double[] em = new double[maxLength * L];
            double[] psi = new double[maxLength * L];
            double[] alpha = new double[maxLength * L];
            double[] beta = new double[maxLength * L];
            double[] z = new double[maxLength];
            double[] d = new double[L];
            double loss = 0;
            for (int e = 0; e < ids.length; e++) {
                int[][] xs = ids[e];
                int[] y = gold[e];
                int n = y.length;
                if (n == 0) continue;
                Arrays.fill(em, 0, n * L, 0);
                for (int i = 0; i < n; i++) {
                    int row = i * L;
                    for (int f : xs[i]) {
                        int base = f * L;
                        for (int t = 0; t < L; t++) em[row + t] += x[base + t];
                    }
                }
                double goldScore = 0;
                for (int i = 0; i < n; i++) goldScore += em[i * L + y[i]] + x[T + (i == 0 ? L : y[i - 1]) * L + y[i]];
                double logZ = 0;
                for (int i = 0; i < n; i++) {
                    int row = i * L;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int t = 0; t < L; t++) max = Math.max(max, em[row + t]);
                    for (int t = 0; t < L; t++) psi[row + t] = Math.exp(em[row + t] - max);
                    double sum = 0;
                    for (int t = 0; t < L; t++) {
                        double a;
                        if (i == 0) {
                            a = expT[L * L + t];
                        } else {
                            a = 0;
                            int prev = row - L;
                            for (int p = 0; p < L; p++) a += alpha[prev + p] * expT[p * L + t];
                        }
                        a *= psi[row + t];
                        alpha[row + t] = a;
                        sum += a;
                    }
                    for (int t = 0; t < L; t++) alpha[row + t] /= sum;
                    z[i] = sum;
                    logZ += Math.log(sum) + max;
                }
                double weight = exampleWeights == null ? 1 : exampleWeights[e];
                loss += weight * (logZ - goldScore);
                int last = (n - 1) * L;
                for (int t = 0; t < L; t++) beta[last + t] = 1;
                for (int i = n - 2; i >= 0; i--) {
                    int row = i * L, next = row + L;
                    for (int p = 0; p < L; p++) {
                        double b = 0;
                        for (int t = 0; t < L; t++) b += expT[p * L + t] * psi[next + t] * beta[next + t];
                        beta[row + p] = b / z[i + 1];
                    }
                }
                for (int i = 0; i < n; i++) {
                    int row = i * L;
                    for (int t = 0; t < L; t++) d[t] = weight * alpha[row + t] * beta[row + t];
                    d[y[i]] -= weight;
                    for (int f : xs[i]) {
                        int base = f * L;
                        for (int t = 0; t < L; t++) g[base + t] += d[t];
                    }
                    if (i == 0) {
                        for (int t = 0; t < L; t++) g[T + L * L + t] += weight * alpha[t] * beta[t];
                        g[T + L * L + y[0]] -= weight;
                    } else {
                        int prev = row - L;
                        double inv = weight / z[i];
                        for (int p = 0; p < L; p++) {
                            double ap = alpha[prev + p] * inv;
                            if (ap == 0) continue;
                            for (int t = 0; t < L; t++) g[T + p * L + t] += ap * expT[p * L + t] * psi[row + t] * beta[row + t];
                        }
                        g[T + y[i - 1] * L + y[i]] -= weight;
                    }
                }
            }
            if (l2 > 0) {
                double sq = 0;
                for (int k = 0; k < x.length; k++) {
                    sq += x[k] * x[k];
                    g[k] += l2 * x[k];
                }
                loss += 0.5 * l2 * sq;
            }
            return loss;
        }
    }

    /** Limited-memory BFGS (Nocedal 1980) with a backtracking line search (Armijo condition). */
    static final class Lbfgs {
        private final int memory;
        private final int maxIterations;
        private final double epsilon;
        private final int period;

        /** Stops after {@code maxIterations} or when the objective improved by less than {@code epsilon} (relative) over {@code period} iterations. */
        Lbfgs(int memory, int maxIterations, double epsilon, int period) {
            this.memory = memory;
            this.maxIterations = maxIterations;
            this.epsilon = epsilon;
            this.period = period;
        }

        void minimize(Objective objective, double[] x, Consumer<String> log) {
            int D = x.length;
            double[] g = new double[D];
            double[] xNew = new double[D];
            double[] gNew = new double[D];
            double[] dir = new double[D];
            double[][] s = new double[memory][];
            double[][] yv = new double[memory][];
            double[] rho = new double[memory];
            double[] a = new double[memory];
            int stored = 0, newest = -1;
            double f = objective.value(x, g);
            double[] history = new double[maxIterations + 1];
            history[0] = f;
            for (int it = 1; it <= maxIterations; it++) {
                // two-loop recursion: dir = -H g
                for (int k = 0; k < D; k++) dir[k] = -g[k];
                for (int j = 0; j < stored; j++) {
                    int m = Math.floorMod(newest - j, memory);
                    a[m] = rho[m] * dot(s[m], dir);
                    axpy(-a[m], yv[m], dir);
                }
                if (stored > 0) {
                    double gamma = dot(s[newest], yv[newest]) / dot(yv[newest], yv[newest]);
                    for (int k = 0; k < D; k++) dir[k] *= gamma;
                }
                for (int j = stored - 1; j >= 0; j--) {
                    int m = Math.floorMod(newest - j, memory);
                    double b = rho[m] * dot(yv[m], dir);
                    axpy(a[m] - b, s[m], dir);
                }
                double slope = dot(g, dir);
                if (slope >= 0) {   // not a descent direction: restart from the gradient
                    for (int k = 0; k < D; k++) dir[k] = -g[k];
                    slope = dot(g, dir);
                    stored = 0;
                }
                double step = stored == 0 ? 1 / Math.sqrt(dot(g, g)) : 1;
                double fNew = 0;
                boolean accepted = false;
                for (int tries = 0; tries < 30; tries++) {
                    for (int k = 0; k < D; k++) xNew[k] = x[k] + step * dir[k];
                    fNew = objective.value(xNew, gNew);
                    if (fNew <= f + 1e-4 * step * slope) { accepted = true; break; }
                    step *= 0.5;
                }
                if (!accepted) {
                    log.accept(String.format("iteration %d: line search failed, stopping", it));
                    break;
                }
                newest = (newest + 1) % memory;
                if (s[newest] == null) { s[newest] = new double[D]; yv[newest] = new double[D]; }
                double sy = 0;
                for (int k = 0; k < D; k++) {
                    s[newest][k] = xNew[k] - x[k];
                    yv[newest][k] = gNew[k] - g[k];
                    sy += s[newest][k] * yv[newest][k];
                }
                if (sy > 1e-10) {
                    rho[newest] = 1 / sy;
                    stored = Math.min(stored + 1, memory);
                } else {   // no curvature information: forget the history
                    stored = 0;
                    newest = -1;
                }
                System.arraycopy(xNew, 0, x, 0, D);
                System.arraycopy(gNew, 0, g, 0, D);
                f = fNew;
                history[it] = f;
                log.accept(String.format("iteration %d: objective %.4f, step %.3g", it, f, step));
                if (it >= period && (history[it - period] - f) / Math.max(1, Math.abs(f)) < epsilon) break;
            }
        }

        private static double dot(double[] u, double[] v) {
            double sum = 0;
            for (int k = 0; k < u.length; k++) sum += u[k] * v[k];
            return sum;
        }

        private static void axpy(double alpha, double[] u, double[] v) {
            for (int k = 0; k < u.length; k++) v[k] += alpha * u[k];
        }
    }
}
