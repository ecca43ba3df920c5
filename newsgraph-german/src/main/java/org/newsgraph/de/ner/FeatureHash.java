package org.newsgraph.de.ner;

/** 64-bit FNV-1a hashes of feature templates and values; no strings are built per feature. */
final class FeatureHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long of(int template, CharSequence value) {
        long h = start(template);
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= PRIME;
        }
        return finish(h);
    }

    static long of(int template, long a) {
        return finish(mix(start(template), a));
    }

    static long of(int template, long a, long b) {
        return finish(mix(mix(start(template), a), b));
    }

    static long of(int template, long a, long b, long c) {
        return finish(mix(mix(mix(start(template), a), b), c));
    }

    private static long start(int template) {
        return (OFFSET ^ template) * PRIME;
    }

    private static long mix(long h, long v) {
        h = (h ^ v) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** A final avalanche (SplitMix64) so that close inputs spread over the hash table. */
    static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
