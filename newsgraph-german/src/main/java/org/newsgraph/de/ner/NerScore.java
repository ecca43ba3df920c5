package org.newsgraph.de.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Strict chunk-level precision, recall and F1 of predicted BIO tags against gold, with the
 * conlleval chunk semantics of {@code tools/score_ner.py} (an I- tag without a preceding chunk of its
 * class opens one): micro figures over the 12 outer classes, over PER/LOC/ORG, and per class.
 */
public final class NerScore {
    private final Map<String, int[]> perClass = new TreeMap<>();   // tp, fp, fn
    private final int[] outer = new int[3];
    private final int[] plo = new int[3];

    private record Chunk(int begin, int end, String type) {
    }

    public void add(String[] gold, String[] pred) {
        if (gold.length != pred.length) throw new IllegalArgumentException("token counts differ: " + gold.length + " vs " + pred.length);
        Set<Chunk> g = chunks(gold), p = chunks(pred);
        for (Chunk c : g) {
            boolean hit = p.contains(c);
            count(c.type(), hit ? 0 : 2);
        }
        for (Chunk c : p) if (!g.contains(c)) count(c.type(), 1);
    }

    private void count(String type, int what) {
        perClass.computeIfAbsent(type, k -> new int[3])[what]++;
        outer[what]++;
        if (type.equals("PER") || type.equals("LOC") || type.equals("ORG")) plo[what]++;
    }

    static Set<Chunk> chunks(String[] tags) {
        Set<Chunk> out = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.length; i++) {
            String t = i < tags.length ? tags[i] : "O";
            String b = t.equals("O") ? "O" : t.substring(0, 2);
            String ty = t.equals("O") ? null : t.substring(2);
            if (start >= 0 && (!b.equals("I-") || !ty.equals(type))) {
                out.add(new Chunk(start, i, type));
                start = -1;
            }
            if (b.equals("B-") || (b.equals("I-") && start < 0)) {
                start = i;
                type = ty;
            }
        }
        return out;
    }

    public double outerF1() {
        return f1(outer);
    }

    public double ploF1() {
        return f1(plo);
    }

    /** F1 of one class (e.g. "PER", "LOCderiv"), 0 if it never occurred. */
    public double f1(String type) {
        int[] c = perClass.get(type);
        return c == null ? 0 : f1(c);
    }

    private static double[] prf(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static double f1(int[] c) {
        return prf(c)[2];
    }

    /** The report in the format of score_ner.py. */
    public List<String> report() {
        List<String> lines = new java.util.ArrayList<>();
        for (Map.Entry<String, int[]> e : perClass.entrySet()) {
            double[] x = prf(e.getValue());
            lines.add(String.format(Locale.ROOT, "%-10s P=%.4f R=%.4f F1=%.4f (gold %d)", e.getKey(), x[0], x[1], x[2], e.getValue()[0] + e.getValue()[2]));
        }
        double[] o = prf(outer), q = prf(plo);
        lines.add(String.format(Locale.ROOT, "%-10s P=%.4f R=%.4f F1=%.4f", "outer", o[0], o[1], o[2]));
        lines.add(String.format(Locale.ROOT, "%-10s P=%.4f R=%.4f F1=%.4f", "plo", q[0], q[1], q[2]));
        lines.add(String.format(Locale.ROOT, "outer_f1=%.4f plo_f1=%.4f", o[2], q[2]));
        return lines;
    }
}
