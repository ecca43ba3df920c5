package org.newsgraph.index.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The word list the decompounder splits German compounds with ("Flugabwehrsystemen" contains
 * "abwehr" and "system"). Derived deterministically by {@link #build} from capitalised words (nouns
 * and names) that occur at least {@link #MIN_COUNT} times in GermEval 2014 (CC BY 4.0) and the German
 * Wikinews texts of the quotation data set (Wikinews text: CC BY 2.5); see NOTICE beside the resource.
 */
public final class CompoundWords {
    public static final String RESOURCE = "/org/newsgraph/index/analysis/compound-words.txt";
    static final int MIN_COUNT = 3;
    private static final Pattern NOUN = Pattern.compile("\\b\\p{Lu}[a-zäöüß]{3,19}\\b");

    private CompoundWords() {
    }

    /** The bundled list, lower case. */
    public static CharArraySet load() {
        try (InputStream in = CompoundWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            List<String> words = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
                }
            }
            return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds the list from {@code data} (the shared data folder: germeval2014/, quotes-wikinews/)
     * into {@code out}, sorted, one word a line.
     */
    public static int build(Path data, Path out) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        Path germeval = data.resolve("germeval2014");
        Path wikinews = data.resolve("quotes-wikinews");
        if (!Files.isDirectory(germeval) || !Files.isDirectory(wikinews)) {
            throw new IOException(data + ": expected folders germeval2014/ and quotes-wikinews/");
        }
        try (Stream<Path> files = Files.list(germeval)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#")) continue;
                    String[] cols = line.split("\t");
                    if (cols.length > 1) count(cols[1], counts);
                }
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.walk(wikinews)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = mapper.readTree(f.toFile());
                count(n.path("originalText").asText(""), counts);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# German compound parts for decompounding; rebuild: newsgraph index-words --data ../shared/data --out <this file>");
        counts.forEach((w, c) -> {
            if (c >= MIN_COUNT) lines.add(w);
        });
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        return lines.size() - 1;
    }

    private static void count(String text, Map<String, Integer> counts) {
        Matcher m = NOUN.matcher(text);
        while (m.find()) counts.merge(m.group().toLowerCase(Locale.GERMAN), 1, Integer::sum);
    }
}
