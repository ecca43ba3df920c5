package org.newsgraph.de.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Nouns that introduce names of a class ({@code triggers-de.tsv}): "Fluss Oskil", "Präsident Trump",
 * "Partei AfD", "des Typs Tomahawk". Compounds are matched by their end when the trigger has at
 * least five letters ("Außenminister" → minister). Immutable.
 */
public final class Triggers {
    public enum Kind { PLACE, PERSON, ORG, WORK }

    private static final int MIN_SUFFIX = 5;
    private final Map<String, Kind> words;

    Triggers(Map<String, Kind> words) {
        this.words = words;
    }

    public static Triggers bundled() {
        Map<String, Kind> m = new HashMap<>();
        try (InputStream in = Triggers.class.getResourceAsStream("triggers-de.tsv")) {
            if (in == null) throw new IllegalStateException("triggers-de.tsv missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                m.put(f[0], Kind.valueOf(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Triggers(m);
    }

    /** The class a noun (lemma) introduces, or null. */
    public Kind of(String lemma) {
        if (lemma.length() < 2 || !Character.isLetter(lemma.charAt(0))) return null;
        String l = lemma.toLowerCase(Locale.ROOT);
        Kind k = words.get(l);
        if (k != null) return k;
        for (int i = 1; i <= l.length() - MIN_SUFFIX; i++) {
            k = words.get(l.substring(i));
            if (k != null && l.length() - i >= MIN_SUFFIX) return k;
        }
        return null;
    }
}
