package org.newsgraph.index.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A rough phonetic key for name words written in German, English or other Latin transliterations
 * of (mostly Slavic) names: folds accents and case, then maps the letters that the German and
 * English transliteration systems spell differently onto one ({@code z/s}, {@code w/v},
 * {@code y/j/i}, {@code c/k}, {@code sch/sh}, {@code tsch/ch}), drops a final {@code -yj/-ij}
 * ending's second letter and collapses doubled letters. "Selenskyj" and "Zelensky" both give
 * {@code selensci}; "Lawrow" and "Lavrov" give {@code lavrov}.
 */
public final class TransliterationKey implements NameKey {
    @Override
    public String key(String word) {
        String s = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss")
                .replaceAll("[^a-z]", "");
        if (s.isEmpty()) return s;
        s = s.replace("tsch", "ch").replace("sch", "sh").replace("tch", "ch")
                .replace("zh", "sh").replace("ck", "k").replace("ph", "f").replace("th", "t")
                .replace("kh", "h").replace("ch", "c");
        s = s.replace('w', 'v').replace('z', 's').replace('y', 'i').replace('j', 'i').replace('k', 'c')
                .replace('q', 'c');
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
            b.append(c);
        }
        return b.toString();
    }
}
