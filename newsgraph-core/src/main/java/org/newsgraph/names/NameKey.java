package org.newsgraph.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Language-neutral matching keys for names, so that spelling and transliteration variants meet:
 * Selenskyj, Selensky, Zelensky, Zelenskyy and Zelenskyj; Lawrow and Lavrov; Orban and Orbán;
 * Kiew, Kyjiw and Kyiv. Used by entity resolution and, at query time, by the index.
 */
public final class NameKey {
    private NameKey() {
    }

    /** Lower case, no diacritics, ß as ss, runs of other characters as one space. */
    public static String fold(String name) {
        String s = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A phonetic key that forgets what transliterations into German, English and other Latin
     * alphabets do differently (w/v, z/s, y/j/i, sch/sh, doubled letters, ie/i).
     */
    public static String key(String name) {
        String f = fold(name);
        StringBuilder out = new StringBuilder(f.length());
        for (String word : f.split(" ")) {
            if (word.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(wordKey(word));
        }
        return out.toString();
    }

    private static String wordKey(String w) {
        String s = w.replace("tsch", "ch").replace("sch", "sh").replace("tch", "ch").replace("ck", "k")
                .replace("ph", "f").replace("kh", "h").replace("ou", "u").replace("ts", "z");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'w' -> c = 'v';
                case 'z' -> c = 's';
                case 'y', 'j' -> c = 'i';
                case 'c' -> c = (i + 1 < s.length() && s.charAt(i + 1) == 'h') ? 'c' : 'k';
                default -> { }
            }
            b.append(c);
        }
        String t = b.toString().replace("ie", "i").replace("ei", "ai");
        StringBuilder d = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            if (i > 0 && t.charAt(i) == t.charAt(i - 1)) continue; // doubled letters
            d.append(t.charAt(i));
        }
        return d.toString();
    }
}
