package org.newsgraph.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.sources.Samples.article;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class SourcesTest {

    private static List<ReadResult> fromStdin(String content) {
        List<ReadResult> out = new ArrayList<>();
        try (Sources.ResultStream s = Sources.open(List.of("-"), ReadOptions.DEFAULTS, n -> { },
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void stdinPlainTextInTheSeedForm() throws Exception {
        List<ReadResult> r = fromStdin(Files.readString(Samples.seed()));
        Article a = article(r.get(0));
        assertThat(r).hasSize(1);
        assertThat(a.source()).isEqualTo("-");
        assertThat(a.dateline().places()).containsExactly("Washington", "Kiew", "Moskau");
        assertThat(a.id()).startsWith("stdin-");
    }

    @Test
    void stdinFormatIsSniffed() throws Exception {
        List<ReadResult> jl = fromStdin("{\"id\":\"a\",\"text\":\"Erster Text.\"}\n{\"id\":\"b\",\"text\":\"Zweiter Text.\"}\n");
        assertThat(jl).extracting(ReadResult::id).containsExactly("a", "b");
        assertThat(jl).extracting(ReadResult::source).containsExactly("-:1", "-:2");
        List<ReadResult> feed = fromStdin(Files.readString(Samples.path("feed/atom.xml")));
        assertThat(feed).hasSize(2);
        List<ReadResult> html = fromStdin(Files.readString(Samples.path("html/artikel.html")));
        assertThat(article(html.get(0)).title()).startsWith("Streit um Tempolimit");
        List<ReadResult> ninjs = fromStdin(Files.readString(Samples.path("ninjs/dpa-item.json")));
        assertThat(article(ninjs.get(0)).title()).isEqualTo("Bahnstreik legt Fernverkehr lahm");
    }

    @Test
    void contentDecidesBetweenJsonAndJsonLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var lines = Files.writeString(dir.resolve("eigentlich-zeilen.json"),
                "{\"id\":\"a\",\"text\":\"Erster Text.\"}\n{\"id\":\"b\",\"text\":\"Zweiter Text.\"}\n");
        assertThat(Samples.read(lines)).extracting(ReadResult::id).containsExactly("a", "b");
        var pretty = Files.writeString(dir.resolve("ein-objekt.jsonl"), "{\n  \"id\": \"c\",\n  \"text\": \"Dritter Text.\"\n}\n");
        assertThat(Samples.read(pretty)).extracting(ReadResult::id).containsExactly("c");
        var twoOnOneLine = Files.writeString(dir.resolve("zwei.jsonl"), "{\"id\":\"d\",\"text\":\"X.\"} {\"id\":\"e\",\"text\":\"Y.\"}\n");
        assertThat(Samples.failure(Samples.read(twoOnOneLine).get(0)).cause()).startsWith("line 1: malformed JSON at column");
        // lines longer than the sniffed head (whole Wikipedia articles) are still JSON Lines
        String longText = "Am 1. September 1939 begann der Krieg. ".repeat(400);
        var longLines = Files.writeString(dir.resolve("lang.jsonl"), "{\"id\":\"f\",\"text\":\"" + longText + "\"}\n{\"id\":\"g\",\"text\":\"" + longText + "\"}\n");
        assertThat(Samples.read(longLines)).extracting(ReadResult::id).containsExactly("f", "g");
    }

    @Test
    void sniffing() {
        assertThat(sniff("  {\"a\":1}\n{\"a\":2}\n")).isEqualTo(Format.JSON_LINES);
        assertThat(sniff("{\n \"a\": 1\n}")).isEqualTo(Format.JSON);
        assertThat(sniff("[{}]")).isEqualTo(Format.JSON);
        assertThat(sniff("<?xml version=\"1.0\"?><rss version=\"2.0\">")).isEqualTo(Format.FEED);
        assertThat(sniff("<!DOCTYPE html><html>")).isEqualTo(Format.HTML);
        assertThat(sniff(" date 2025-10-21 Berlin (dpa) - Text")).isEqualTo(Format.TEXT);
        assertThat(Format.byExtension("a/b/artikel.HTM")).isEqualTo(Format.HTML);
        assertThat(Format.byExtension("korpus.ndjson")).isEqualTo(Format.JSON_LINES);
        assertThat(Format.byExtension("README.md")).isNull();
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrder() throws Exception {
        String root = Samples.path("text/kopf-eigene-zeile.txt").getParent().getParent().toString();
        List<Input> inputs = Sources.expand(List.of(root), n -> { });
        List<String> names = inputs.stream().map(Input::source).toList();
        assertThat(names).isSorted();
        assertThat(names).contains(root + "/feed/atom.xml", root + "/text/spector-ohne-kopf.txt");
        assertThat(inputs).allSatisfy(i -> assertThat(i.problem()).isNull());
    }

    @Test
    void idsAreStable() {
        assertThat(Ids.derive("Gipfel in Budapest", "Text")).isEqualTo(Ids.derive("Gipfel in Budapest", "Text"))
                .startsWith("gipfel-in-budapest-").hasSize("gipfel-in-budapest-".length() + 16);
        assertThat(Ids.slug("Äußerung über Köln")).isEqualTo("aeusserung-ueber-koeln");
    }

    private static Format sniff(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Format.sniff(b, b.length);
    }
}
