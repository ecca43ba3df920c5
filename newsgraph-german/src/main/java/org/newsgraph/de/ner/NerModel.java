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
    private final long[] table;      // feature hash per slot, 0 = empty
    private final int[] slotStart;   // first weight of the slot's feature
    private final int[] slotEnd;
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
        int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
        table = new long[cap];
        slotStart = new int[cap];
        slotEnd = new int[cap];
        for (int f = 0; f < keys.length; f++) {
            int s = slot(keys[f]);
            table[s] = keys[f];
            slotStart[s] = starts[f];
            slotEnd[s] = starts[f + 1];
        }
    }

    private int slot(long key) {
        int mask = table.length - 1;
        int s = (int) (key ^ (key >>> 32)) & mask;
        while (table[s] != 0 && table[s] != key) s = (s + 1) & mask;
        return s;
    }

    public int features() {
        return features;
    }

    /** The best tag sequence (indices into {@link NerTags#TAGS}) for the tokens' features. */
    public int[] tag(long[][] tokens) {
        int n = tokens.length;
        float[] emission = new float[n * labels];
        int mask = table.length - 1;
        for (int i = 0; i < n; i++) {
            int row = i * labels;
            for (long key : tokens[i]) {
                int s = (int) (key ^ (key >>> 32)) & mask;
                long k;
                while ((k = table[s]) != 0 && k != key) s = (s + 1) & mask;
                if (k == 0) continue;
                for (int w = slotStart[s], e = slotEnd[s]; w < e; w++) emission[row + weightLabel[w]] += weight[w];
            }
        }
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
