package org.newsgraph.kb;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.names.NameKey;

/**
 * The local knowledge base: a directory with {@code entities.tsv.gz} (one Wikidata item a line),
 * loaded into memory with an index from name keys ({@link NameKey}) to items. Immutable after load.
 */
public final class KnowledgeBase {
    static final String FILE = "entities.tsv.gz";
    private final Map<String, KbEntity> byId = new HashMap<>();
    private final Map<String, List<KbEntity>> byName = new HashMap<>();

    private KnowledgeBase() {
    }

    public static KnowledgeBase load(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.isReadable(f)) throw new IOException(dir + ": no knowledge base (" + FILE + " missing); run 'newsgraph kb import'");
        KnowledgeBase kb = new KnowledgeBase();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                KbEntity e = new KbEntity(c[0], nul(c[1]), nul(c[2]), list(c[3], "\\|"), list(c[4], ","), list(c[5], ","),
                        c[6].isEmpty() ? Double.NaN : Double.parseDouble(c[6]), c[7].isEmpty() ? Double.NaN : Double.parseDouble(c[7]),
                        list(c[8], ","), list(c[9], ","));
                kb.byId.put(e.id(), e);
                List<String> names = new ArrayList<>(e.aliases());
                if (e.labelDe() != null) names.add(e.labelDe());
                if (e.labelEn() != null) names.add(e.labelEn());
                for (String n : names) {
                    List<KbEntity> l = kb.byName.computeIfAbsent(NameKey.key(n), k -> new ArrayList<>());
                    if (!l.contains(e)) l.add(e);
                }
            }
        }
        return kb;
    }

    private static String nul(String s) {
        return s.isEmpty() ? null : s;
    }

    private static List<String> list(String s, String sep) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(sep));
    }

    public int size() {
        return byId.size();
    }

    public KbEntity get(String id) {
        return byId.get(id);
    }

    /** Items with this name or alias, whatever the spelling. */
    public List<KbEntity> find(String name) {
        return byName.getOrDefault(NameKey.key(name), List.of());
    }

    /** Writes items, one a line, in the order given. */
    public static Writer writer(Path dir) throws IOException {
        return new Writer(dir.resolve(FILE));
    }

    /** Streaming writer of a store. */
    public static final class Writer implements Closeable {
        private final java.io.Writer out;

        Writer(Path file) throws IOException {
            out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8);
        }

        public void write(KbEntity e) throws IOException {
            out.write(String.join("\t", e.id(), clean(e.labelDe()), clean(e.labelEn()), join(e.aliases(), "|"), join(e.instanceOf(), ","),
                    join(e.country(), ","), Double.isNaN(e.lat()) ? "" : String.format(Locale.ROOT, "%.5f", e.lat()),
                    Double.isNaN(e.lon()) ? "" : String.format(Locale.ROOT, "%.5f", e.lon()), join(e.positions(), ","), join(e.party(), ",")));
            out.write('\n');
        }

        private static String clean(String s) {
            return s == null ? "" : s.replaceAll("[\\t\\n|]", " ");
        }

        private static String join(List<String> l, String sep) {
            List<String> c = new ArrayList<>();
            for (String s : l) c.add(clean(s));
            return String.join(sep, c);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
