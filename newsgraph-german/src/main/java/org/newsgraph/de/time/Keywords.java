package org.newsgraph.de.time;

import java.util.ArrayDeque;
import java.util.Map;

/**
 * Aho-Corasick automaton over lower-cased keywords, each with a bit set: {@link #bits} ORs the bits
 * of every keyword occurring in a word, in one pass over its characters (no copies). A keyword made
 * by {@link #whole} matches only the whole word (the word is read between two marker characters).
 * Immutable after construction and thread-safe.
 */
final class Keywords {
    private char[][] labels = new char[1][0];
    private int[][] targets = new int[1][0];
    private int[] fail = new int[1];
    private int[] out = new int[1];
    private int size = 1;
    /** Transitions from the start state for the first code units (most characters are read there). */
    private final int[] root = new int[0x250];

    Keywords(Map<String, Integer> keywords) {
        for (Map.Entry<String, Integer> k : keywords.entrySet()) {
            int s = 0;
            for (char ch : k.getKey().toCharArray()) {
                int t = step(s, ch);
                if (t < 0) t = add(s, ch);
                s = t;
            }
            out[s] |= k.getValue();
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : targets[0]) queue.add(t);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int i = 0; i < labels[s].length; i++) {
                char ch = labels[s][i];
                int t = targets[s][i];
                int f = fail[s];
                while (f != 0 && step(f, ch) < 0) f = fail[f];
                int g = step(f, ch);
                int ft = g >= 0 && g != t ? g : 0;
                fail[t] = ft;
                out[t] |= out[ft];
                queue.add(t);
            }
        }
        java.util.Arrays.fill(root, 0);
        for (int i = 0; i < labels[0].length; i++) if (labels[0][i] < root.length) root[labels[0][i]] = targets[0][i];
    }

    private int step(int s, char ch) {
        char[] l = labels[s];
        for (int i = 0; i < l.length; i++) if (l[i] == ch) return targets[s][i];
        return -1;
    }

    private int add(int s, char ch) {
        if (size == fail.length) {
            int n = size * 2;
            labels = java.util.Arrays.copyOf(labels, n);
            targets = java.util.Arrays.copyOf(targets, n);
            fail = java.util.Arrays.copyOf(fail, n);
            out = java.util.Arrays.copyOf(out, n);
        }
        int t = size++;
        labels[t] = new char[0];
        targets[t] = new int[0];
        labels[s] = java.util.Arrays.copyOf(labels[s], labels[s].length + 1);
        targets[s] = java.util.Arrays.copyOf(targets[s], targets[s].length + 1);
        labels[s][labels[s].length - 1] = ch;
        targets[s][targets[s].length - 1] = t;
        return t;
    }

    private static final char START = '\u0002', END = '\u0003';

    /** A keyword that matches only as the whole word. */
    static String whole(String word) {
        return START + word + END;
    }

    /** The OR of the bits of all keywords in the word {@code text[from, to)}, compared lower-cased. */
    int bits(CharSequence text, int from, int to) {
        int s = 0, bits = 0;
        for (int i = from - 1; i <= to; i++) {
            char ch = i < from ? START : i == to ? END : Character.toLowerCase(text.charAt(i));
            int t = -1;
            while (s != 0 && (t = step(s, ch)) < 0) s = fail[s];
            s = s != 0 ? t : ch < root.length ? root[ch] : Math.max(step(0, ch), 0);
            bits |= out[s];
        }
        return bits;
    }
}
