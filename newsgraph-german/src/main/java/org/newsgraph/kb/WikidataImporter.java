package org.newsgraph.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * Streams a Wikidata JSON dump ({@code latest-all.json.gz} or {@code .bz2}, or plain: a JSON array
 * with one entity per line) and keeps only what newsgraph needs, in a {@link KnowledgeBase} store.
 * Memory stays flat: one line at a time, entities written as they come.
 */
public final class WikidataImporter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Counts of an import. */
    public record Result(long read, long kept, long errors) {
    }

    private WikidataImporter() {
    }

    /** Opens a dump, decompressing gzip or bzip2 by its magic bytes. */
    static InputStream open(Path dump) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(dump), 1 << 16);
        try {
            String kind = CompressorStreamFactory.detect(in);
            return new CompressorStreamFactory(true).createCompressorInputStream(kind, in);
        } catch (CompressorException e) {
            return in; // not compressed
        }
    }

    /**
     * Imports the dump into {@code dir}. {@code keep} decides which items are worth keeping (by
     * default those with a German or English label).
     */
    public static Result importDump(Path dump, Path dir) throws IOException {
        long read = 0, kept = 0, errors = 0;
        Files.createDirectories(dir);
        try (InputStream in = open(dump);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
             KnowledgeBase.Writer w = KnowledgeBase.writer(dir)) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (s.equals("[") || s.equals("]") || s.isEmpty()) continue;
                if (s.endsWith(",")) s = s.substring(0, s.length() - 1);
                read++;
                try {
                    KbEntity e = parse(MAPPER.readTree(s));
                    if (e != null) {
                        w.write(e);
                        kept++;
                    }
                } catch (IOException ex) {
                    errors++;
                    System.err.println(dump + ": entity " + read + ": malformed JSON (" + ex.getMessage().lines().findFirst().orElse("") + ")");
                }
            }
        }
        return new Result(read, kept, errors);
    }

    /** The parts of an item we keep, or null for items without German or English label. */
    static KbEntity parse(JsonNode n) {
        String id = n.path("id").asText(null);
        if (id == null || !n.path("type").asText("item").equals("item")) return null;
        String de = n.path("labels").path("de").path("value").asText(null);
        String en = n.path("labels").path("en").path("value").asText(null);
        if (de == null && en == null) return null;
        Set<String> aliases = new LinkedHashSet<>();
        for (String lang : new String[] {"de", "en"}) {
            for (JsonNode a : n.path("aliases").path(lang)) aliases.add(a.path("value").asText());
        }
        if (en != null && de != null && !en.equals(de)) aliases.add(en);
        aliases.remove(de);
        JsonNode claims = n.path("claims");
        double lat = Double.NaN, lon = Double.NaN;
        for (JsonNode c : claims.path("P625")) {
            JsonNode v = c.path("mainsnak").path("datavalue").path("value");
            if (v.has("latitude")) {
                lat = v.path("latitude").asDouble();
                lon = v.path("longitude").asDouble();
                break;
            }
        }
        return new KbEntity(id, de, en, new ArrayList<>(aliases), items(claims, "P31"), items(claims, "P17"), lat, lon,
                items(claims, "P39"), items(claims, "P102"));
    }

    private static List<String> items(JsonNode claims, String property) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : claims.path(property)) {
            String q = c.path("mainsnak").path("datavalue").path("value").path("id").asText(null);
            if (q != null && !out.contains(q)) out.add(q);
        }
        return out;
    }
}
