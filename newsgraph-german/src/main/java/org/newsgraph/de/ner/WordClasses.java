package org.newsgraph.de.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word classes learnt from unlabelled German news ({@code word-classes.tsv.gz}, built
 * by {@link WordClassBuilder}): words that occur in similar contexts share a class, so the
 * recogniser generalises from "Lawrow" to names it never saw labelled. Two granularities. Immutable.
 */
public final class WordClasses {
    public static final String RESOURCE = "word-classes.tsv.gz";
    private final Map<String, Integer> fine;
    private final Map<String, Integer> coarse;

    WordClasses(Map<String, Integer> fine, Map<String, Integer> coarse) {
        this.fine = fine;
        this.coarse = coarse;
    }

    /** The bundled classes, or null if the resource is absent. */
    public static WordClasses bundled() {
        InputStream in = WordClasses.class.getResourceAsStream(RESOURCE);
        if (in == null) return null;
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static WordClasses read(InputStream raw) throws IOException {
        Map<String, Integer> fine = new HashMap<>();
        Map<String, Integer> coarse = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            int a = line.indexOf('\t'), b = line.indexOf('\t', a + 1);
            String w = line.substring(0, a);
            fine.put(w, Integer.parseInt(line.substring(a + 1, b)) + 1);
            coarse.put(w, Integer.parseInt(line.substring(b + 1)) + 1);
        }
        return new WordClasses(fine, coarse);
    }

    /** Fine class (1-based) of the word, 0 if unknown. */
    public int fine(String word) {
        Integer c = fine.get(word);
        return c == null ? 0 : c;
    }

    /** Coarse class (1-based), 0 if unknown. */
    public int coarse(String word) {
        Integer c = coarse.get(word);
        return c == null ? 0 : c;
    }

    public int size() {
        return fine.size();
    }
}
