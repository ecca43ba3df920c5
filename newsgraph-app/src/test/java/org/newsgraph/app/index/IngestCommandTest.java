package org.newsgraph.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Main;
import org.newsgraph.json.ArticleJson;

class IngestCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String out() {
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }

    private String err() {
        String s = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return s;
    }

    @Test
    void ingestsGoodInputsReportsBadOnesAndSearches(@TempDir Path tmp) throws Exception {
        Path seed = SeedArchiveTest.shared().resolve("seed/dpa-2025-10-21-gipfel-budapest.txt");
        Path jsonl = tmp.resolve("more.jsonl");
        Files.writeString(jsonl, "{\"id\": \"schnee\", \"date\": \"2025-11-02\", \"title\": \"Erster Schnee\", \"text\": \"Berlin (dpa) - In Berlin fiel der erste Schnee des Winters.\"}\n"
                + "{kaputt\n", StandardCharsets.UTF_8);
        Path binary = tmp.resolve("bild.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path idx = tmp.resolve("idx");

        int rc = Main.run("ingest", seed.toString(), jsonl.toString(), binary.toString(), "--index", idx.toString());
        assertThat(rc).isEqualTo(1);
        assertThat(out()).startsWith("ingested 2 articles").contains("2 added", "2 errors", "the index holds 2 articles");
        String errors = err();
        assertThat(errors.lines()).hasSize(2);
        assertThat(errors).contains(jsonl + ":2: malformed JSON").contains(binary.toString());

        assertThat(Main.run("ingest", seed.toString(), "--index", idx.toString())).isZero();
        assertThat(out()).contains("1 unchanged", "the index holds 2 articles");

        assertThat(Main.run("search", "Kupjansk", "--index", idx.toString())).isZero();
        assertThat(out()).startsWith("1 article").contains("[Kupjansk]", "2025-10-21");

        assertThat(Main.run("search", "Schnee", "--json", "--limit", "5", "--index", idx.toString())).isZero();
        JsonNode r = ArticleJson.MAPPER.readTree(out());
        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.get("hits").get(0).get("id").asText()).isEqualTo("schnee");
        assertThat(r.get("hits").get(0).get("agency").asText()).isEqualTo("dpa");

        assertThat(Main.run("search", "Schnee", "--from", "2025-11-01", "--to", "2025-11-30", "--index", idx.toString())).isZero();
        assertThat(out()).startsWith("1 article");
        Path pretty = tmp.resolve("pretty.json");
        Files.writeString(pretty, "[\n  {\"id\": \"regen\",\n   \"date\": \"2025-11-03\",\n   \"text\": \"In Hamburg regnete es den ganzen Tag.\"},\n"
                + "  {\"id\": \"ohne-text\"}\n]\n", StandardCharsets.UTF_8);
        assertThat(Main.run("ingest", pretty.toString(), "--index", idx.toString())).isEqualTo(1);
        assertThat(out()).contains("1 added", "1 errors");
        assertThat(err()).contains(pretty + "[1]: no \"text\"");

        assertThat(Main.run("search", "Schnee AND (", "--index", idx.toString())).isEqualTo(2);
        assertThat(err()).contains("bad query syntax");
        assertThat(Main.run("search", "x", "--near", "1,2", "--index", idx.toString())).isEqualTo(2);
        assertThat(Main.run("search", "Hamburg", "--index", idx.toString())).isZero();
        assertThat(out()).startsWith("1 article");
        assertThat(Main.run("search", "x", "--type", "per", "--index", idx.toString())).isZero();
        assertThat(Main.run("search", "x", "--type", "PERSON", "--index", idx.toString())).isEqualTo(2);
        err();
        assertThat(Main.run("search", "x", "--index", tmp.resolve("nothing").toString())).isEqualTo(1);
        assertThat(err().strip()).startsWith("newsgraph search: no index in").doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"ingest", "search", "serve", "demo", "bench", "index-words"}) {
            assertThat(Main.run(c, "--help")).as(c).isZero();
        }
        assertThat(Main.run("bench", "index", "--help")).isZero();
        assertThat(out()).contains("--index", "--near", "--speaker", "--port", "--articles");
    }
}
