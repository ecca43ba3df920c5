package org.newsgraph.de.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.de.segment.GermanTokenizer;

/**
 * Builds {@link WordClasses} from unlabelled text: each word with at least {@code minCount}
 * occurrences is described by the words seen directly left and right of it (the most frequent
 * {@code contextWords} words, the rest by shape), log-scaled and length-normalised, and grouped by
 * spherical k-means (k-means++ seeding with a fixed seed) into a fine and a coarse set of classes.
 * Deterministic for the same texts in the same order.
 */
public final class WordClassBuilder {
    private final int minCount;
    private final int contextWords;
    private final int fineK;
    private final int coarseK;
    private final int iterations;
    private final long seed;
    private final GermanTokenizer tokenizer = new GermanTokenizer();
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String[]> texts = new ArrayList<>();

    public WordClassBuilder(int minCount, int contextWords, int fineK, int coarseK, int iterations, long seed) {
        this.minCount = minCount;
        this.contextWords = contextWords;
        this.fineK = fineK;
        this.coarseK = coarseK;
        this.iterations = iterations;
        this.seed = seed;
    }

    /** Adds one text (an article) to the corpus. */
    public void add(String text) {
        List<int[]> t = tokenizer.tokenize(text);
        String[] words = new String[t.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(t.get(i)[0], t.get(i)[1]);
            counts.merge(words[i], 1, Integer::sum);
        }
        texts.add(words);
    }

    /** The classes as the gzip'd TSV resource ({@code word<TAB>fine<TAB>coarse}, sorted by word). */
    public byte[] build(Consumer<String> log) {
        List<String> byFreq = new ArrayList<>(counts.keySet());
        byFreq.sort(Comparator.<String>comparingInt(w -> -counts.get(w)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> ctxIndex = new HashMap<>();
        for (int i = 0; i < Math.min(contextWords, byFreq.size()); i++) ctxIndex.put(byFreq.get(i), i);
        List<String> vocab = byFreq.stream().filter(w -> counts.get(w) >= minCount && Character.isLetter(w.charAt(0))).toList();
        Map<String, Integer> vIndex = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) vIndex.put(vocab.get(i), i);
        int extra = 6;   // shape buckets for rare context words
        int dim = 2 * (contextWords + extra);
        List<Map<Integer, Float>> raw = new ArrayList<>();
        for (int i = 0; i < vocab.size(); i++) raw.add(new HashMap<>());
        for (String[] words : texts) {
            for (int i = 0; i < words.length; i++) {
                Integer v = vIndex.get(words[i]);
                if (v == null) continue;
                int left = i > 0 ? context(words[i - 1], ctxIndex) : contextWords + 5;
                int right = i + 1 < words.length ? context(words[i + 1], ctxIndex) : contextWords + 5;
                raw.get(v).merge(left, 1f, Float::sum);
                raw.get(v).merge(contextWords + extra + right, 1f, Float::sum);
            }
        }
        int[][] idx = new int[vocab.size()][];
        float[][] val = new float[vocab.size()][];
        for (int v = 0; v < vocab.size(); v++) {
            List<Integer> keys = new ArrayList<>(raw.get(v).keySet());
            keys.sort(null);
            idx[v] = new int[keys.size()];
            val[v] = new float[keys.size()];
            double norm = 0;
            for (int k = 0; k < keys.size(); k++) {
                idx[v][k] = keys.get(k);
                val[v][k] = (float) Math.log1p(raw.get(v).get(keys.get(k)));
                norm += val[v][k] * val[v][k];
            }
            float inv = (float) (1 / Math.sqrt(norm));
            for (int k = 0; k < keys.size(); k++) val[v][k] *= inv;
        }
        log.accept(String.format("%d texts, %d word forms, %d words clustered, %d dimensions", texts.size(), counts.size(), vocab.size(), dim));
        int[] fine = kmeans(idx, val, dim, fineK, log);
        int[] coarse = kmeans(idx, val, dim, coarseK, log);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vocab.size(); i++) order.add(i);
        order.sort(Comparator.comparing(vocab::get));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            w.write("# word classes: word, fine class, coarse class (newsgraph train classes)\n");
            for (int i : order) w.write(vocab.get(i) + "\t" + fine[i] + "\t" + coarse[i] + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private int context(String w, Map<String, Integer> ctxIndex) {
        Integer c = ctxIndex.get(w);
        if (c != null) return c;
        char c0 = w.charAt(0);
        if (Character.isDigit(c0)) return contextWords;
        if (Character.isUpperCase(c0)) return contextWords + 1;
        if (Character.isLowerCase(c0)) return contextWords + 2;
        if (!Character.isLetterOrDigit(c0)) return contextWords + 3;
        return contextWords + 4;
    }

    private int[] kmeans(int[][] idx, float[][] val, int dim, int k, Consumer<String> log) {
        int n = idx.length;
        k = Math.min(k, n);
        Random random = new Random(seed + k);
        float[][] centroids = new float[k][];
        // k-means++ seeding
        double[] dist = new double[n];
        java.util.Arrays.fill(dist, 2.0);
        int first = random.nextInt(n);
        centroids[0] = dense(idx[first], val[first], dim);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int v = 0; v < n; v++) {
                double d = 2 - 2 * dot(idx[v], val[v], centroids[c - 1]);
                if (d < dist[v]) dist[v] = d;
                total += Math.max(0, dist[v]);
            }
            double r = random.nextDouble() * total;
            int pick = n - 1;
            for (int v = 0; v < n; v++) {
                r -= Math.max(0, dist[v]);
                if (r <= 0) { pick = v; break; }
            }
            centroids[c] = dense(idx[pick], val[pick], dim);
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            int changed = 0;
            for (int v = 0; v < n; v++) {
                int best = 0;
                double bestSim = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = dot(idx[v], val[v], centroids[c]);
                    if (s > bestSim) { bestSim = s; best = c; }
                }
                if (assign[v] != best || it == 0) changed++;
                assign[v] = best;
            }
            float[][] sum = new float[k][dim];
            for (int v = 0; v < n; v++) {
                float[] s = sum[assign[v]];
                for (int j = 0; j < idx[v].length; j++) s[idx[v][j]] += val[v][j];
            }
            for (int c = 0; c < k; c++) {
                double norm = 0;
                for (float x : sum[c]) norm += x * x;
                if (norm == 0) continue;   // an empty class keeps its centroid
                float inv = (float) (1 / Math.sqrt(norm));
                for (int j = 0; j < dim; j++) sum[c][j] *= inv;
                centroids[c] = sum[c];
            }
            log.accept(String.format("k=%d iteration %d: %d words changed class", k, it + 1, changed));
            if (changed == 0) break;
        }
        return assign;
    }

    private static float[] dense(int[] idx, float[] val, int dim) {
        float[] d = new float[dim];
        for (int j = 0; j < idx.length; j++) d[idx[j]] = val[j];
        return d;
    }

    private static double dot(int[] idx, float[] val, float[] c) {
        double s = 0;
        for (int j = 0; j < idx.length; j++) s += val[j] * c[idx[j]];
        return s;
    }
}
