package org.newsgraph.de.time;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton over lower-cased keywords, each with a bit set: {@link #bits} ORs the bits
 * of every keyword occurring in a stretch of text, in one pass over its characters (no copies).
 * Immutable after construction and thread-safe.
 */
final class Keywords {
    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<Integer> out = new ArrayList<>();

    Keywords(Map<String, Integer> keywords) {
        node();
        for (Map.Entry<String, Integer> k : keywords.entrySet()) {
            int s = 0;
            for (char ch : k.getKey().toCharArray()) {
                Integer t = next.get(s).get(ch);
                if (t == null) {
                    t = node();
                    next.get(s).put(ch, t);
                }
                s = t;
            }
            out.set(s, out.get(s) | k.getValue());
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : next.get(0).values()) queue.add(t);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (Map.Entry<Character, Integer> e : next.get(s).entrySet()) {
                int t = e.getValue();
                int f = fail.get(s);
                while (f != 0 && !next.get(f).containsKey(e.getKey())) f = fail.get(f);
                Integer g = next.get(f).get(e.getKey());
                int ft = g != null && g != t ? g : 0;
                fail.set(t, ft);
                out.set(t, out.get(t) | out.get(ft));
                queue.add(t);
            }
        }
    }

    private int node() {
        next.add(new HashMap<>());
        fail.add(0);
        out.add(0);
        return next.size() - 1;
    }

    /** The OR of the bits of all keywords in {@code text[from, to)}, compared lower-cased. */
    int bits(CharSequence text, int from, int to) {
        int s = 0, bits = 0;
        for (int i = from; i < to; i++) {
            char ch = Character.toLowerCase(text.charAt(i));
            Integer t;
            while ((t = next.get(s).get(ch)) == null && s != 0) s = fail.get(s);
            s = t == null ? 0 : t;
            bits |= out.get(s);
        }
        return bits;
    }
}
