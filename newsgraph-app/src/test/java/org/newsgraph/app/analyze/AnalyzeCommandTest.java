package org.newsgraph.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Main;

/** {@code newsgraph analyze} run in-process. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<JsonNode> records() throws IOException {
            List<JsonNode> l = new ArrayList<>();
            try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(out)) {
                it.forEachRemaining(l::add);
            }
            return l;
        }

        List<String> errLines() {
            return err.isBlank() ? List.of() : List.of(err.strip().split("\n"));
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path seed() {
        String shared = System.getProperty("newsgraph.shared");
        if (shared == null) throw new IllegalStateException("system property newsgraph.shared is not set (run through Maven)");
        Path p = Path.of(shared, "seed", "dpa-2025-10-21-gipfel-budapest.txt");
        if (!Files.isRegularFile(p)) throw new IllegalStateException("seed article not found at " + p);
        return p;
    }

    static Path examples() {
        Path p = Path.of(System.getProperty("user.dir")).getParent().resolve("examples");
        if (!Files.isDirectory(p)) throw new IllegalStateException("examples/ not found at " + p);
        return p;
    }

    @Test
    void seedGivesOneRecordOfTheContract() throws IOException {
        Run r = run("analyze", "--format", "jsonl", seed().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.errLines()).isEmpty();
        assertThat(r.out().strip().split("\n")).hasSize(1);
        JsonNode rec = r.records().get(0);
        assertThat(rec.fieldNames()).toIterable().contains("id", "date", "source", "title", "dateline", "text",
                "sections", "sentences", "tokens", "entities", "quotes", "times", "places", "events");
        assertThat(rec.get("date").asText()).isEqualTo("2025-10-21");
        assertThat(rec.get("dateline").get("places")).extracting(JsonNode::asText).containsExactly("Washington", "Kiew", "Moskau");
        assertThat(rec.get("dateline").get("agency").asText()).isEqualTo("dpa");
        String text = rec.get("text").asText();
        List<String> subheadings = new ArrayList<>();
        for (JsonNode s : rec.get("sections")) {
            if (s.get("kind").asText().equals("subheading")) subheadings.add(text.substring(s.get("begin").asInt(), s.get("end").asInt()));
        }
        assertThat(subheadings).hasSize(5).contains("Konsequenzen gegen Ungarn gefordert");
    }

    @Test
    void examplesInInputOrderWithSeveralThreads() throws IOException {
        Run r = run("analyze", "--threads", "3", examples().toString());
        assertThat(r.exit()).isZero();
        List<JsonNode> recs = r.records();
        assertThat(recs).hasSize(24);
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(examples().resolve("wikinews-de.jsonl"))) ids.add(JSON.readTree(line).get("id").asText());
        assertThat(recs).extracting(n -> n.get("id").asText()).containsExactlyElementsOf(ids);
        assertThat(recs).allSatisfy(n -> assertThat(n.get("meta").get("license").asText()).isEqualTo("CC BY 2.5"));
        // the attribution README beside the articles is named on stderr, not read as an article
        assertThat(r.errLines()).singleElement().asString().startsWith("note: ").contains("README.md: skipped");
    }

    @Test
    void orderIsKeptForManyRecords() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("{\"id\":\"m").append(i).append("\",\"text\":\"Bonn (dpa) - Meldung Nummer ").append(i)
                    .append(" über den Bundesrat.").append(" Weitere Sätze folgen.".repeat(i % 7)).append("\"}\n");
        }
        Path p = Files.writeString(dir.resolve("viele.jsonl"), sb.toString());
        Run r = run("analyze", "--threads", "4", p.toString());
        assertThat(r.exit()).isZero();
        List<JsonNode> recs = r.records();
        assertThat(recs).hasSize(200);
        for (int i = 0; i < 200; i++) assertThat(recs.get(i).get("id").asText()).isEqualTo("m" + i);
    }

    @Test
    void badInputsGiveErrorRecordsAndOneStderrLineEachAndExitCode1() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("gemischt"));
        Files.writeString(folder.resolve("a.txt"), "date 2025-10-21\nBerlin (dpa) - Der Bundestag tagt.\n");
        Files.write(folder.resolve("b.txt"), new byte[0]);
        Files.write(folder.resolve("c.txt"), new byte[]{'G', 'I', 'F', '8', '9', 'a', 0, 0});
        Files.write(folder.resolve("d.txt"), "Köln (dpa) - Der Dom ist geöffnet.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("e.json"), "{\"headline\": \"Gipfel\", ");
        Files.writeString(folder.resolve("f.xml"), "<rss><channel><item></channel></rss>");
        String missing = dir.resolve("fehlt.txt").toString();
        Run r = run("analyze", folder.toString(), missing);
        assertThat(r.exit()).isEqualTo(1);
        List<JsonNode> recs = r.records();
        assertThat(recs).hasSize(7);
        assertThat(recs).extracting(n -> n.has("error")).containsExactly(false, true, true, false, true, true, true);
        for (JsonNode n : recs) {
            if (n.has("error")) assertThat(n.fieldNames()).toIterable().containsExactly("id", "source", "error");
        }
        assertThat(recs.get(1).get("error").asText()).isEqualTo("empty file (0 bytes)");
        assertThat(recs.get(2).get("error").asText()).isEqualTo("binary file (GIF image), not text");
        assertThat(recs.get(3).get("text").asText()).isEqualTo("Köln (dpa) - Der Dom ist geöffnet.\n");
        assertThat(recs.get(4).get("error").asText()).startsWith("malformed JSON at line 1");
        assertThat(recs.get(5).get("error").asText()).startsWith("malformed XML at line 1");
        assertThat(recs.get(6).get("error").asText()).isEqualTo("no such file or folder");
        assertThat(recs.get(6).get("source").asText()).isEqualTo(missing);
        List<String> errs = r.errLines();
        assertThat(errs).filteredOn(l -> l.startsWith("error: ")).hasSize(5)
                .anySatisfy(l -> assertThat(l).isEqualTo("error: " + folder.resolve("b.txt") + ": empty file (0 bytes)"))
                .anySatisfy(l -> assertThat(l).isEqualTo("error: " + missing + ": no such file or folder"));
        assertThat(errs).contains("note: " + folder.resolve("d.txt") + ": not valid UTF-8, decoded as ISO-8859-1");
        assertThat(errs).last().asString().isEqualTo("5 of 7 records are errors");
    }

    @Test
    void dateOptionAndPrettyFormat() throws IOException {
        Path p = Files.writeString(dir.resolve("ohne-datum.txt"), "Hamburg (dpa) - Im Hafen wurde ein Rekord gemeldet.\n");
        Run r = run("analyze", "--format", "pretty", "--date", "2025-10-21", p.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\n  \"date\" : \"2025-10-21\"");
        assertThat(r.records()).singleElement().satisfies(n -> assertThat(n.get("dateline").get("places").get(0).asText()).isEqualTo("Hamburg"));
        Run noDate = run("analyze", p.toString());
        assertThat(noDate.records().get(0).get("date").isNull()).isTrue();
    }

    @Test
    void helpAndUsageErrors() {
        Run help = run("analyze", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: newsgraph analyze").contains("--threads").contains("INPUT");
        assertThat(run("--help").out()).contains("analyze");
        Run bad = run("analyze", "--date", "gestern", "x.txt");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--date");
        assertThat(run("analyze").exit()).isEqualTo(2);
    }

    @Test
    void readsStdin() throws IOException {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(seed())));
            Run r = run("analyze", "-");
            assertThat(r.exit()).isZero();
            JsonNode rec = r.records().get(0);
            assertThat(rec.get("source").asText()).isEqualTo("-");
            assertThat(rec.get("date").asText()).isEqualTo("2025-10-21");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void sizes() {
        assertThat(AnalyzeCommand.parseSize("20MB")).isEqualTo(20L << 20);
        assertThat(AnalyzeCommand.parseSize("512kb")).isEqualTo(512L << 10);
        assertThat(AnalyzeCommand.parseSize("1000")).isEqualTo(1000L);
    }
}
