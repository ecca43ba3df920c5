package org.newsgraph.de.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits German news text into word, number and punctuation tokens, as begin/end offsets (UTF-16
 * code units) into the unchanged text. Every non-space character belongs to exactly one token.
 * Stateless and thread-safe.
 *
 * <p>Rules: hyphenated compounds stay whole ("US-Außenminister"), truncated compounds keep their
 * hyphen ("EU- und Nato-Staaten"), known abbreviations, initials and short ordinals keep their
 * period ("z. B.", "Dr.", "21. Oktober"), numbers keep their inner separators ("30.000", "2,5",
 * "3:1", "21.10.2025"), URLs, e-mail addresses, hashtags and @handles are single tokens, quote
 * marks, brackets and dashes are tokens of their own, slashes between words split ("Kiew/Moskau").
 */
public final class GermanTokenizer {

    /** Abbreviations that keep their period (lower-cased, without the period). */
    static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.Arrays.asList(
            "abb", "abg", "abs", "abt", "allg", "bd", "bde", "betr", "bspw", "bzgl", "bzw", "ca", "chr", "co",
            "dgl", "dipl", "dr", "dt", "ebd", "engl", "etc", "ev", "evtl", "exkl", "fa", "ff", "fr", "frl",
            "geb", "gebr", "gegr", "gem", "ges", "gest", "ggf", "hg", "hl", "hr", "hrn", "hrsg", "inkl", "insb",
            "ing", "jh", "jhd", "jhs", "jr", "jun", "kap", "kath", "kfm", "kgl", "lt", "max", "mdb", "mdl", "mio",
            "min", "mind", "mrd", "mrd", "mr", "mrs", "ms", "nachf", "nr", "nrn", "od", "orig", "pfd", "pkt",
            "pl", "pol", "prof", "prot", "rd", "reg", "rel", "resp", "sek", "sen", "sog", "sr", "st", "std",
            "str", "stv", "tel", "tsd", "ugs", "urspr", "usw", "verf", "vgl", "vs", "wg", "zb", "ziff", "zit",
            "zt", "zw", "zzgl", "zzt", "jan", "feb", "febr", "mär", "apr", "jun", "jul", "aug", "sep", "sept",
            "okt", "nov", "dez", "mo", "di", "mi", "do", "so", "gen", "lt", "brig", "oberstlt", "kpt",
            "bzw", "ggü", "u", "a", "vs", "div", "ehem", "einschl", "entspr", "erw", "ev", "jew", "led", "mtl",
            "näml", "o", "ä", "rk", "röm", "schr", "sa", "staatl", "tägl", "usf", "v", "vorm", "z", "zus"));

    static final Set<String> MONTHS = Set.copyOf(java.util.Arrays.asList("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "dezember", "jan", "feb", "febr", "mär", "apr", "jun",
            "jul", "aug", "sep", "sept", "okt", "nov", "dez"));

    /** Capitalised words that usually begin a sentence; after them "3." is a number ending a sentence. */
    static final Set<String> SENTENCE_STARTERS = Set.copyOf(java.util.Arrays.asList("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "er", "sie", "es", "ich", "wir", "ihr", "man", "in", "im", "am", "an", "auf", "auch",
            "aber", "doch", "dies", "diese", "dieser", "dieses", "damit", "dann", "danach", "dabei", "dazu",
            "so", "und", "nach", "mit", "bei", "für", "zu", "zum", "zur", "von", "vom", "wie", "was", "wer", "wo",
            "als", "wenn", "weil", "nun", "jetzt", "seit", "bis", "trotz", "laut", "unter", "über", "vor",
            "insgesamt", "zudem", "außerdem", "allerdings", "deshalb", "daher", "somit", "mehr", "nur"));

    private static final Pattern URL = Pattern.compile(
            "(?:(?:https?|ftp)://|www\\.)[^\\s«»„“”\"‚‘‹›<>]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern TAG = Pattern.compile("[#@][\\p{L}\\p{N}_]+");

    public GermanTokenizer() {
    }

    /** Token spans of the whole text. */
    public List<int[]> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Token spans {@code {begin, end}} of {@code text[from, to)}, in order. */
    public List<int[]> tokenize(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (isSpace(text.charAt(i))) { i++; continue; }
            int j = i;
            while (j < to && !isSpace(text.charAt(j))) j++;
            chunk(text, i, j, to, out);
            i = j;
        }
        return out;
    }

    /** Whitespace, including no-break and other Unicode spaces and control characters. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200B' || c == '\uFEFF';
    }

    private void chunk(String text, int b, int e, int limit, List<int[]> out) {
        int i = b;
        while (i < e) {
            int end = special(text, i, e);
            if (end < 0) end = word(text, i, e, limit);
            if (end <= i) end = punct(text, i, e);
            out.add(new int[]{i, end});
            i = end;
        }
    }

    /** URL, e-mail, hashtag or handle starting at i; -1 if none. */
    private int special(String text, int i, int e) {
        char c = text.charAt(i);
        if (text.regionMatches(true, i, "http", 0, 4) || text.regionMatches(true, i, "www.", 0, 4)
                || text.regionMatches(true, i, "ftp:", 0, 4)) {
            Matcher m = URL.matcher(text).region(i, e);
            if (m.lookingAt()) {
                int end = m.end();
                // trailing sentence punctuation and closing brackets belong to the text, not the URL
                while (end > i + 1 && ".,;:!?)]'".indexOf(text.charAt(end - 1)) >= 0) {
                    if (text.charAt(end - 1) == ')' && text.substring(i, end).contains("(")) break;
                    end--;
                }
                return end;
            }
        }
        if (c == '#' || c == '@') {
            Matcher m = TAG.matcher(text).region(i, e);
            if (m.lookingAt() && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) return m.end();
        }
        if (Character.isLetterOrDigit(c) && contains(text, '@', i, e)) {
            Matcher m = EMAIL.matcher(text).region(i, e);
            if (m.lookingAt()) return m.end();
        }
        return -1;
    }

    /** The letters before {@code dot} back to the previous hyphen or word start are 1-3 long. */
    private static boolean shortSegment(String text, int wordStart, int dot) {
        int k = dot;
        while (k > wordStart && Character.isLetter(text.charAt(k - 1))) k--;
        return dot - k >= 1 && dot - k <= 3 && (k == wordStart || text.charAt(k - 1) == '-');
    }

    private static boolean contains(String text, char c, int from, int to) {
        for (int k = from; k < to; k++) if (text.charAt(k) == c) return true;
        return false;
    }

    /** A word or number starting at i; returns its end, or i when no word starts here. */
    private int word(String text, int i, int e, int limit) {
        if (!isWordChar(text, i)) return i;
        int dotted = dottedAbbreviation(text, i, e);
        if (dotted > 0) return dotted;
        int j = i;
        while (j < e) {
            if (isWordChar(text, j)) { j += Character.charCount(text.codePointAt(j)); continue; }
            char c = text.charAt(j);
            boolean next = j + 1 < e && isWordChar(text, j + 1);
            boolean digitsAround = j > i && Character.isDigit(text.charAt(j - 1)) && j + 1 < e
                    && Character.isDigit(text.charAt(j + 1));
            if ((c == '-' || c == '\u2011') && next) { j++; continue; }           // compound
            if ((c == '.' || c == ',' || c == ':') && digitsAround) { j++; continue; } // 30.000, 2,5, 3:1
            if (c == '.' && j + 2 < e && text.charAt(j + 1) == '-' && isWordChar(text, j + 2) && shortSegment(text, i, j)) {
                j += 2;                                                           // "K.-o.-Phase", "Dr.-Ing."
                continue;
            }
            if ((c == '\'' || c == '’') && next && Character.isLetter(text.charAt(j - 1))
                    && Character.isLetter(text.charAt(j + 1))) { j++; continue; } // geht's, O'Neill
            if (c == '&' && next && Character.isUpperCase(text.charAt(j - 1))) { j++; continue; } // AT&T
            if (c == '_' && next) { j++; continue; }
            break;
        }
        if (j < e) {
            char c = text.charAt(j);
            // truncated compound: "EU- und", "Vor-, Haupt- und Nachsaison"
            if (c == '-' && (j + 1 == e || text.charAt(j + 1) == ',') && Character.isLetterOrDigit(text.charAt(j - 1))) {
                return j + 1;
            }
            if (c == '.' && keepsPeriod(text, i, j, e, limit)) return j + 1;
        }
        return j;
    }

    /** End of "z.B.", "U.S.A." (letter groups of 1-3 each followed by a period, at least two) at i, else -1. */
    private static int dottedAbbreviation(String text, int i, int e) {
        int j = i, groups = 0;
        while (j < e) {
            int k = j;
            while (k < e && k - j < 4 && Character.isLetter(text.charAt(k))) k++;
            if (k == j || k - j > 3 || k >= e || text.charAt(k) != '.') break;
            groups++;
            j = k + 1;
        }
        if (groups < 2) return -1;
        if (j < e && Character.isLetterOrDigit(text.charAt(j))) return -1;
        return j;
    }

    private boolean keepsPeriod(String text, int b, int dot, int e, int limit) {
        String w = text.substring(b, dot);
        boolean followedBySpace = dot + 1 == e;
        if (!followedBySpace) {
            // "Nr.5", "gewinnen.»" : only abbreviations keep the period when more follows in the chunk
            return Character.isLetterOrDigit(text.charAt(dot + 1)) && ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
        }
        String next = nextWord(text, dot + 1, limit);
        if (allDigits(w)) {
            if (w.length() > 2 || next == null) return false;        // years, large numbers end sentences
            if (MONTHS.contains(next.toLowerCase(Locale.ROOT))) return true;
            if (Character.isDigit(next.charAt(0))) return next.length() <= 4;   // "21. 10. 2025"
            if (Character.isLowerCase(next.charAt(0))) return true;
            if (Character.isUpperCase(next.charAt(0))) return !SENTENCE_STARTERS.contains(next.toLowerCase(Locale.ROOT));
            return false;
        }
        if (w.length() == 1 && Character.isLetter(w.charAt(0))) return true;   // initials, "z. B."
        if (ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))) {
            // a short word that is also a normal word ("so.", "Sa.") only as abbreviation before a lower-case word or number
            if (w.length() <= 2 && Character.isLowerCase(w.charAt(0)) && next != null
                    && Character.isUpperCase(next.charAt(0)) && !w.equals("ca")) {
                return w.equals("z") || w.equals("u") || w.equals("o") || w.equals("v") || w.equals("a");
            }
            return true;
        }
        return false;
    }

    private static String nextWord(String text, int from, int limit) {
        int i = from;
        while (i < limit && isSpace(text.charAt(i))) i++;
        int j = i;
        while (j < limit && Character.isLetterOrDigit(text.charAt(j))) j++;
        return j > i ? text.substring(i, j) : null;
    }

    private static boolean allDigits(String w) {
        if (w.isEmpty()) return false;
        for (int k = 0; k < w.length(); k++) if (!Character.isDigit(w.charAt(k))) return false;
        return true;
    }

    private static boolean isWordChar(String text, int i) {
        int cp = text.codePointAt(i);
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** A punctuation or symbol token at i: runs of periods ("...") and of ?/! stay together. */
    private int punct(String text, int i, int e) {
        char c = text.charAt(i);
        int j = i + Character.charCount(text.codePointAt(i));
        if (c == '.' || c == '?' || c == '!') {
            while (j < e && (text.charAt(j) == '.' && c == '.' || (c != '.' && (text.charAt(j) == '?' || text.charAt(j) == '!')))) j++;
        } else if (c == '-' && j < e && text.charAt(j) == '-') {
            while (j < e && text.charAt(j) == '-') j++;
        }
        return j;
    }
}
