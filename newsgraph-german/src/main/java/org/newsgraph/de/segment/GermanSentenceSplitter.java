package org.newsgraph.de.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the tokens of one section into sentences. A sentence ends at a token of ".", "?", "!" or
 * "…" (abbreviations and ordinals already keep their period inside their token), together with
 * the closing quote marks and brackets that follow it; it does not end when the next token is a
 * comma or a lower-case word (the attribution of a quote: {@code …kann», sagte er.}). Colons never
 * end a sentence. Stateless and thread-safe.
 */
public final class GermanSentenceSplitter {

    static final String CLOSERS = "»«“”\"'‘’‹›)]}";

    /** Sentence spans {@code {begin, end}} over the given tokens of one section, in order. */
    public List<int[]> split(String text, List<int[]> tokens) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = tokens.size();
        for (int k = 0; k < n; k++) {
            if (k + 1 < n && k >= start && headingLineEnds(text, tokens, start, k)) {
                out.add(new int[]{tokens.get(start)[0], tokens.get(k)[1]});
                start = k + 1;
                continue;
            }
            if (!isTerminal(text, tokens.get(k)) && !(k + 1 < n && endsWithAbbreviation(text, tokens.get(k), tokens.get(k + 1)))) continue;
            int last = k;
            while (last + 1 < n && isCloser(text, tokens.get(last + 1), tokens.get(last))) last++;
            if (last + 1 < n && continues(text, tokens.get(last + 1))) { k = last; continue; }
            out.add(new int[]{tokens.get(start)[0], tokens.get(last)[1]});
            start = last + 1;
            k = last;
        }
        if (start < n) out.add(new int[]{tokens.get(start)[0], tokens.get(n - 1)[1]});
        return out;
    }

    /** Most words a line may have to be read as a heading when it ends without punctuation. */
    static final int HEADING_WORDS = 6;

    /**
     * "Wahlverlauf und Wahlbeteiligung\nWie der Bundeswahlleiter mitteilte, …": a short capitalised line without final
     * punctuation, alone in its sentence so far, that a single line break separates from a capitalised line is a heading
     * inside the section; it ends there (token k is its last). A long line broken by a line break goes on.
     */
    private static boolean headingLineEnds(String text, List<int[]> tokens, int start, int k) {
        int[] t = tokens.get(k), next = tokens.get(k + 1);
        if (text.indexOf('\n', t[1]) < 0 || text.indexOf('\n', t[1]) >= next[0]) return false;
        if (!Character.isUpperCase(text.charAt(next[0])) || !Character.isUpperCase(text.charAt(tokens.get(start)[0]))) return false;
        if (k - start + 1 > HEADING_WORDS || text.substring(tokens.get(start)[0], t[1]).indexOf('\n') >= 0) return false;
        // the line began the block or followed a line break
        int lineStart = text.lastIndexOf('\n', tokens.get(start)[0]);
        if (start > 0 && lineStart < tokens.get(start - 1)[1]) return false;
        for (int i = start; i <= k; i++) {
            char c = text.charAt(tokens.get(i)[0]);
            if (tokens.get(i)[1] - tokens.get(i)[0] == 1 && ".,;:!?…".indexOf(c) >= 0) return false;
        }
        return true;
    }

    /** Abbreviations that often close a sentence ("usw.", "etc.", "v. Chr.") when a usual sentence start follows. */
    static final java.util.Set<String> FINAL_ABBREVIATIONS = java.util.Set.of("usw.", "etc.", "usf.", "Chr.", "ff.", "u.ä.", "o.ä.");

    private static boolean endsWithAbbreviation(String text, int[] t, int[] next) {
        if (!FINAL_ABBREVIATIONS.contains(text.substring(t[0], t[1]))) return false;
        int e = next[1];
        String w = text.substring(next[0], e);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && GermanTokenizer.SENTENCE_STARTERS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isTerminal(String text, int[] t) {
        char c = text.charAt(t[0]);
        if (t[1] - t[0] == 1) return c == '.' || c == '?' || c == '!' || c == '…';
        // "...", "?!", "!!!"
        for (int i = t[0]; i < t[1]; i++) {
            char d = text.charAt(i);
            if (d != '.' && d != '?' && d != '!') return false;
        }
        return true;
    }

    /** A closing mark that directly follows the previous token (no space): "gewinnen.»". */
    private static boolean isCloser(String text, int[] t, int[] prev) {
        return t[1] - t[0] == 1 && CLOSERS.indexOf(text.charAt(t[0])) >= 0 && t[0] == prev[1];
    }

    /** After a sentence-final mark, does this token show the sentence goes on? */
    private static boolean continues(String text, int[] t) {
        char c = text.charAt(t[0]);
        if (c == ',' || c == ';' || c == ':') return true;
        return Character.isLowerCase(c) && !(t[1] - t[0] > 3 && text.startsWith("http", t[0]));
    }
}
