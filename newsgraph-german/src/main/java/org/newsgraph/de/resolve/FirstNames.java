package org.newsgraph.de.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/** Gender of first names from LanguageTool's German dictionary (tags {@code EIG:...:MAS|FEM:...:VOR}). */
public final class FirstNames {
    private static final String DICT = "/org/languagetool/resource/de/german.dict";
    private final DictionaryLookup lookup;

    private FirstNames() {
        URL url = FirstNames.class.getResource(DICT);
        if (url == null) throw new IllegalStateException("LanguageTool German dictionary missing from the class path");
        try {
            lookup = new DictionaryLookup(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final FirstNames INSTANCE = new FirstNames();

    public static FirstNames get() {
        return INSTANCE;
    }

    /** "m", "f" or null when the word is no first name or both genders occur. */
    public synchronized String gender(String firstName) {
        boolean m = false, f = false;
        for (WordData w : lookup.lookup(firstName)) {
            String tag = w.getTag() == null ? "" : w.getTag().toString();
            if (!tag.startsWith("EIG:") || !tag.contains(":VOR")) continue;
            if (tag.contains(":MAS")) m = true;
            if (tag.contains(":FEM")) f = true;
        }
        return m == f ? null : (m ? "m" : "f");
    }
}
