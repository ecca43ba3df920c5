package org.newsgraph.de.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;

/**
 * A trained sequence labeller: sparse per-feature tag weights (averaged perceptron) in an
 * open-addressing hash table keyed by 64-bit feature hashes, plus tag transition weights.
 * Immutable and thread-safe.
 */
public final class NerModel {
    static final String MAGIC = "newsgraph-ner";
    static final int VERSION = 1;

    private final int labels;
    private final long[] table;      // per slot: feature hash (0 = empty), then (first weight << 32 | end), one cache line

    private final byte[] weightLabel;
    private final float[] weight;
    private final float[] transitions;
    private final int features;

    NerModel(int labels, long[] keys, int[] starts, byte[] weightLabel, float[] weight, float[] transitions) {
        this.labels = labels;
        this.weightLabel = weightLabel;
        this.weight = weight;
        this.transitions = transitions;
        this.features = keys.length;
        // load factor 0.5-0.75 keeps the table small enough for the processor caches
        int cap = Integer.highestOneBit(Math.max(16, keys.length * 4 / 3)) << 1;
        table = new long[2 * cap];
        for (int f = 0; f < keys.length; f++) {
            int s = slot(keys[f], cap - 1);
            table[2 * s] = keys[f];
            table[2 * s + 1] = ((long) starts[f] << 32) | (starts[f + 1] & 0xffffffffL);
        }
    }

    private int slot(long key, int mask) {
        int s = (int) (key ^ (key >>> 32)) & mask;
        while (table[2 * s] != 0 && table[2 * s] != key) s = (s + 1) & mask;
        return s;
    }

    public int features() {
        return features;
    }

    /** The best tag sequence (indices into {@link NerTags#TAGS}) for the tokens' features. */
    public int[] tag(long[][] tokens) {
        return tag(tokens, null);
    }

    /** Summed tag scores of a set of features (e.g. the word-level features of a word form). */
    float[] scores(long[] features) {
        float[] out = new float[labels];
        add(features, out, 0);
        return out;
    }

    private void add(long[] features, float[] emission, int row) {
        int mask = (table.length >> 1) - 1;
        long[] t = table;
        for (long key : features) {
            int s = (int) (key ^ (key >>> 32)) & mask;
            long k;
            while ((k = t[2 * s]) != 0 && k != key) s = (s + 1) & mask;
            if (k == 0) continue;
            long range = t[2 * s + 1];
            for (int w = (int) (range >>> 32), e = (int) range; w < e; w++) emission[row + weightLabel[w]] += weight[w];
        }
    }

    /** As {@link #tag(long[][])}, with precomputed scores added per token (may be null). */
    int[] tag(long[][] tokens, float[][] extra) {
        int n = tokens.length;
        float[] emission = new float[n * labels];
        if (extra != null) for (int i = 0; i < n; i++) System.arraycopy(extra[i], 0, emission, i * labels, labels);
        for (int i = 0; i < n; i++) add(tokens[i], emission, i * labels);
        return Viterbi.decode(emission, n, transitions, labels);
    }

    /** Reads a model written by {@link NerTrainer#write}. */
    public static NerModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (!in.readUTF().equals(MAGIC)) throw new IOException("not a newsgraph NER model");
        int version = in.readInt();
        if (version != VERSION) throw new IOException("NER model version " + version + ", expected " + VERSION);
        int labels = in.readInt();
        for (int i = 0; i < labels; i++) {
            String tag = in.readUTF();
            if (!tag.equals(NerTags.TAGS.get(i))) throw new IOException("unexpected tag " + tag);
        }
        float[] transitions = new float[(labels + 1) * labels];
        for (int i = 0; i < transitions.length; i++) transitions[i] = in.readFloat();
        int n = in.readInt();
        int total = in.readInt();
        long[] keys = new long[n];
        int[] starts = new int[n + 1];
        byte[] wl = new byte[total];
        float[] w = new float[total];
        int k = 0;
        long key = 0;
        for (int f = 0; f < n; f++) {
            key += in.readLong();   // keys are stored sorted, as differences
            keys[f] = key;
            starts[f] = k;
            int count = in.readUnsignedByte();
            for (int j = 0; j < count; j++) {
                wl[k] = in.readByte();
                w[k] = in.readFloat();
                k++;
            }
        }
        starts[n] = k;
        return new NerModel(labels, keys, starts, wl, w, transitions);
    }

    static void write(OutputStream raw, long[] sortedKeys, float[][] rows, float[] transitions) throws IOException {
        // a fixed gzip header (no time stamp) keeps the file byte-identical across runs
        java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        int labels = NerTags.size();
        out.writeInt(labels);
        for (String t : NerTags.TAGS) out.writeUTF(t);
        for (float t : transitions) out.writeFloat(t);
        out.writeInt(sortedKeys.length);
        int total = 0;
        for (float[] r : rows) for (float x : r) if (x != 0f) total++;
        out.writeInt(total);
        long prev = 0;
        for (int f = 0; f < sortedKeys.length; f++) {
            out.writeLong(sortedKeys[f] - prev);
            prev = sortedKeys[f];
            float[] r = rows[f];
            int count = 0;
            for (float x : r) if (x != 0f) count++;
            out.writeByte(count);
            for (int y = 0; y < r.length; y++) {
                if (r[y] == 0f) continue;
                out.writeByte(y);
                out.writeFloat(r[y]);
            }
        }
        out.flush();
        gz.finish();
    }
}
