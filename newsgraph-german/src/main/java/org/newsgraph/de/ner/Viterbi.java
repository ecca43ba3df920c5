package org.newsgraph.de.ner;

/** Best BIO tag sequence under emission and first-order transition scores; ill-formed I- tags are excluded. */
final class Viterbi {
    /** ALLOWED[prev][next]; row {@code size} is the sentence start. */
    private static final boolean[][] ALLOWED = new boolean[NerTags.size() + 1][NerTags.size()];

    static {
        for (int p = 0; p <= NerTags.size(); p++) {
            for (int y = 0; y < NerTags.size(); y++) ALLOWED[p][y] = NerTags.allowed(p == NerTags.size() ? -1 : p, y);
        }
    }

    private Viterbi() {
    }

    /**
     * @param emission    n × L scores, row-major
     * @param transitions (L + 1) × L scores; row L is the sentence start
     */
    static int[] decode(float[] emission, int n, float[] transitions, int labels) {
        int[] out = new int[n];
        if (n == 0) return out;
        float[] score = new float[n * labels];
        int[] back = new int[n * labels];
        for (int y = 0; y < labels; y++) {
            score[y] = ALLOWED[labels][y] ? emission[y] + transitions[labels * labels + y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int row = i * labels, prevRow = row - labels;
            for (int y = 0; y < labels; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (NerTags.isInside(y)) {
                    // I-X follows only B-X or I-X
                    for (int p = y - 1; p <= y; p++) {
                        float s = score[prevRow + p];
                        if (s == Float.NEGATIVE_INFINITY) continue;
                        s += transitions[p * labels + y];
                        if (s > best) { best = s; arg = p; }
                    }
                } else {
                    for (int p = 0; p < labels; p++) {
                        float s = score[prevRow + p] + transitions[p * labels + y];
                        if (s > best) { best = s; arg = p; }
                    }
                }
                score[row + y] = best == Float.NEGATIVE_INFINITY ? best : best + emission[row + y];
                back[row + y] = arg;
            }
        }
        int last = (n - 1) * labels;
        int arg = 0;
        for (int y = 1; y < labels; y++) if (score[last + y] > score[last + arg]) arg = y;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * labels + arg];
        }
        return out;
    }
}
