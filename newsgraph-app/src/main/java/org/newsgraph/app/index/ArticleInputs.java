package org.newsgraph.app.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
import org.newsgraph.model.Span;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.ReadResult;
import org.newsgraph.sources.Sources;

/**
 * Reads what {@code ingest}, {@code demo} and {@code POST /api/articles} take: JSON Lines of
 * articles ({@code {"id"?, "date", "title", "text", ...}}) or of analysed records (as written by
 * {@code newsgraph analyze}; indexed as they are), and plain-text wire reports ({@code date
 * YYYY-MM-DD} line, then {@code Place/Place (agency) - text}). Folders are read recursively.
 *
 * <p>Everything but JSON goes through the readers of newsgraph-sources; JSON is read here because
 * ingest also takes already analysed records.
 */
public final class ArticleInputs {
    /** One input item: a raw article to analyse, an analysed record, or an error naming the input. */
    public record Item(String input, Article article, AnalyzedArticle analysed, String error) {
        static Item error(String input, String error) {
            return new Item(input, null, null, error);
        }
    }

    private static final Pattern DATELINE = Pattern.compile("\\A([\\p{L}][\\p{L} .'-]*(?:/[\\p{L}][\\p{L} .'-]*)*) \\(([\\p{L}]+)\\) [-–] ");
    /** Inputs larger than this are refused (one article never is that long). */
    static final long MAX_TEXT_FILE = 16L << 20;
    static final int MAX_ID_LENGTH = 512;

    private ArticleInputs() {
    }

    /** Roughly how many articles the inputs hold (lines of JSON Lines files, one per other file), for progress. */
    public static long estimate(List<Path> inputs) {
        long n = 0;
        for (Path p : inputs) {
            if (p.toString().equals("-")) continue;
            try {
                for (Path f : files(p)) {
                    if (isJsonLines(f)) {
                        try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                            n += lines.filter(l -> !l.isBlank()).count();
                        } catch (Exception e) {
                            n++;
                        }
                    } else {
                        n++;
                    }
                }
            } catch (IOException e) {
                n++;
            }
        }
        return n;
    }

    /** Reads every input in order and hands each item (or error) to {@code sink}. */
    public static void read(List<Path> inputs, Consumer<Item> sink) {
        for (Path p : inputs) {
            if (p.toString().equals("-")) {
                try {
                    readJsonLines("stdin", new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)), sink);
                } catch (IOException e) {
                    sink.accept(Item.error("stdin", "cannot read: " + e.getMessage()));
                }
                continue;
            }
            List<Path> files;
            try {
                files = files(p);
            } catch (IOException e) {
                sink.accept(Item.error(p.toString(), "cannot read: " + e.getMessage()));
                continue;
            }
            if (files.isEmpty()) sink.accept(Item.error(p.toString(), "no readable files"));
            for (Path f : files) readFile(f, sink);
        }
    }

    private static List<Path> files(Path p) throws IOException {
        if (!Files.exists(p)) throw new IOException("no such file or folder");
        if (!Files.isDirectory(p)) return List.of(p);
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    // in folders only news files, as analyze takes them (no README.md beside the examples)
                    .filter(f -> isJsonLines(f) || org.newsgraph.sources.Format.byExtension(f.getFileName().toString()) != null
                            || !f.getFileName().toString().contains("."))
                    .sorted().toList();
        }
    }

    private static boolean isJsonLines(Path f) {
        String n = f.getFileName().toString().toLowerCase();
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
    }

    private static void readFile(Path f, Consumer<Item> sink) {
        String name = f.toString();
        try {
            if (Files.size(f) > MAX_TEXT_FILE && !isJsonLines(f)) {
                sink.accept(Item.error(name, "file too large for one article (" + Files.size(f) + " bytes)"));
                return;
            }
            if (name.toLowerCase().endsWith(".json") && Files.size(f) <= MAX_TEXT_FILE && readJsonDocument(f, sink)) {
                return;
            }
            if (isJsonLines(f)) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    readJsonLines(name, r, sink);
                }
            } else {
                // plain text, HTML, feeds and ninjs: the readers of newsgraph-sources, as analyze uses them
                for (ReadResult r : Sources.readAll(List.of(name), ReadOptions.DEFAULTS)) {
                    if (r instanceof ReadResult.Read ok) sink.accept(new Item(r.source(), ok.article(), null, null));
                    else if (r instanceof ReadResult.Failed bad) sink.accept(Item.error(bad.source(), bad.cause()));
                }
            }
        } catch (CharacterCodingException e) {
            sink.accept(Item.error(name, "not valid UTF-8 text"));
        } catch (IOException | RuntimeException e) {
            sink.accept(Item.error(name, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * A {@code .json} file holding one JSON document (an article, or an array of them, pretty-printed
     * or not); false if it is not one document (then it is read as JSON Lines).
     */
    private static boolean readJsonDocument(Path f, Consumer<Item> sink) throws IOException {
        JsonNode n;
        try {
            n = ArticleJson.MAPPER.readTree(decode(Files.readAllBytes(f)));
        } catch (IOException e) {
            return false;
        }
        if (n == null) return false;
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                String where = f + "[" + i + "]";
                try {
                    sink.accept(fromJson(where, n.get(i)));
                } catch (RuntimeException e) {
                    sink.accept(Item.error(where, firstLine(e.getMessage())));
                }
            }
            return true;
        }
        try {
            sink.accept(fromJson(f.toString(), n));
        } catch (RuntimeException e) {
            sink.accept(Item.error(f.toString(), firstLine(e.getMessage())));
        }
        return true;
    }

    /** Reads JSON Lines; every line gives one item, bad lines an error naming {@code name:line}. */
    public static void readJsonLines(String name, BufferedReader r, Consumer<Item> sink) throws IOException {
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) continue;
            String where = name + ":" + lineNo;
            try {
                sink.accept(fromJson(where, ArticleJson.MAPPER.readTree(line)));
            } catch (IOException e) {
                sink.accept(Item.error(where, "malformed JSON: " + firstLine(e.getMessage())));
            } catch (RuntimeException e) {
                sink.accept(Item.error(where, firstLine(e.getMessage())));
            }
        }
    }

    /** One JSON object: a raw article or an analysed record. */
    public static Item fromJson(String where, JsonNode n) {
        if (!(n instanceof ObjectNode o)) return Item.error(where, "expected a JSON object");
        if (o.has("error")) return Item.error(where, "error record: " + o.get("error").asText());
        if (o.has("sentences") || o.has("tokens") || o.has("entityIndex")) {
            return new Item(where, null, ArticleJson.read(o), null);
        }
        JsonNode textNode = o.get("text");
        if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) return Item.error(where, "no \"text\"");
        String text = textNode.asText();
        String title = o.hasNonNull("title") ? o.get("title").asText() : null;
        LocalDate date = null;
        if (o.hasNonNull("date")) {
            String d = o.get("date").asText();
            try {
                date = LocalDate.parse(d.length() >= 10 ? d.substring(0, 10) : d);
            } catch (DateTimeParseException e) {
                return Item.error(where, "bad date '" + d + "' (expected YYYY-MM-DD)");
            }
        }
        String id = o.hasNonNull("id") && !o.get("id").asText().isBlank() ? o.get("id").asText() : contentId(title, text);
        if (id.length() > MAX_ID_LENGTH) return Item.error(where, "id longer than " + MAX_ID_LENGTH + " characters");
        String source = o.hasNonNull("source") ? o.get("source").asText() : o.hasNonNull("url") ? o.get("url").asText() : where;
        Dateline dateline = Dateline.NONE;
        if (o.hasNonNull("agency")) dateline = new Dateline(List.of(), o.get("agency").asText(), null);
        Matcher m = DATELINE.matcher(text);
        if (m.find()) dateline = new Dateline(List.of(m.group(1).split("/")), m.group(2), new Span(0, m.end()));
        ObjectNode meta = o.deepCopy();
        meta.remove(List.of("id", "date", "title", "text", "source", "url", "agency"));
        return new Item(where, new Article(id, date, source, title, dateline, text,
                List.of(new Section(SectionKind.PARAGRAPH, 0, text.length())), meta.isEmpty() ? null : meta, List.of()), null, null);
    }

    /** An id derived from the content, so the same text always gets the same id. */
    public static String contentId(String title, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (title != null) md.update(title.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    static String readAll(InputStream in) throws IOException {
        return decode(in.readAllBytes());
    }

    private static String firstLine(String s) {
        if (s == null) return "error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
