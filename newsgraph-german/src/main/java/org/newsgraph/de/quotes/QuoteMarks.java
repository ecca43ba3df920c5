package org.newsgraph.de.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds pairs of quotation marks in a paragraph, in every German style (« », » «, „ “, " ", ‚ ‘, › ‹)
 * and the English “ ”. Only the outermost pairs are returned; a mark that is never closed within its
 * paragraph opens nothing.
 */
final class QuoteMarks {
    /** Character offsets of an opening and its closing mark. */
    record Pair(int open, int close) {
    }

    private QuoteMarks() {
    }

    static List<Pair> find(String text, int from, int to) {
        List<Pair> out = new ArrayList<>();
        int open = -1;
        String closers = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                String cl = closersFor(c);
                if (cl == null) continue;
                // an opening mark stands before a word, not after one ("Sender'" or an apostrophe)
                boolean before = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
                boolean after = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
                if (c == '\u201A' || c == '\u203A') after = false;
                if (before && !after) {
                    open = i;
                    closers = cl;
                }
            } else if (closers.indexOf(c) >= 0 && i > open + 1) {
                out.add(new Pair(open, i));
                open = -1;
            } else if (c == '\n' && i + 1 < to && text.charAt(i + 1) == '\n') {
                open = -1; // a quote does not run over a paragraph break
            }
        }
        return out;
    }

    private static String closersFor(char c) {
        return switch (c) {
            case '«' -> "»";
            case '»' -> "«";
            case '„' -> "“”\"";
            case '“' -> "”";
            case '"' -> "\"“";
            case '\u201A' -> "‘’";
            case '\u203A' -> "‹";
            default -> null;
        };
    }
}
