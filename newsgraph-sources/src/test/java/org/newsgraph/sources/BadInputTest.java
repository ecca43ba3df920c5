package org.newsgraph.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.sources.Samples.article;
import static org.newsgraph.sources.Samples.failure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

/** Each bad input gives one failure naming the cause; nothing is dropped. */
class BadInputTest {
    private static final String GERMAN = "Kiew (dpa) - „Wir verhandeln weiter“, sagte der Außenminister – "
            + "am Dienstag in Kiew. Die Gespräche über 30.000 Tonnen Getreide dauerten an.\n";

    @TempDir
    Path dir;

    private ReadResult readOne(Path p) {
        List<ReadResult> r = Samples.read(p);
        assertThat(r).hasSize(1);
        return r.get(0);
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        Path empty = Files.write(dir.resolve("leer.txt"), new byte[0]);
        ReadResult.Failed f = failure(readOne(empty));
        assertThat(f.cause()).isEqualTo("empty file (0 bytes)");
        assertThat(f.source()).isEqualTo(empty.toString());
        assertThat(f.id()).isEqualTo("leer");
        Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\n\t\n");
        assertThat(failure(readOne(blank)).cause()).isEqualTo("no text (only whitespace)");
        Path onlyHeader = Files.writeString(dir.resolve("kopf.txt"), "date 2025-10-21\n\n");
        assertThat(failure(readOne(onlyHeader)).cause()).isEqualTo("no text (only whitespace after the date header)");
    }

    @Test
    void binaryFiles() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(failure(readOne(Files.write(dir.resolve("foto.txt"), png))).cause())
                .isEqualTo("binary file (PNG image), not text");
        byte[] data = new byte[4096];
        new java.util.Random(7).nextBytes(data);
        data[0] = 'A';
        data[10] = 0;
        assertThat(failure(readOne(Files.write(dir.resolve("daten.txt"), data))).cause())
                .startsWith("binary data, not text (NUL byte at offset");
        // the same checks for every format
        assertThat(failure(readOne(Files.write(dir.resolve("daten.jsonl"), data))).cause()).contains("binary data, not text");
        assertThat(failure(readOne(Files.write(dir.resolve("daten.html"), data))).cause()).contains("binary data, not text");
        assertThat(failure(readOne(Files.write(dir.resolve("daten.xml"), data))).cause()).contains("binary data, not text");
    }

    @Test
    void windows1252IsDecodedAndSaidSo() throws IOException {
        Path p = Files.write(dir.resolve("cp1252.txt"), GERMAN.getBytes(TextDecoder.WINDOWS_1252));
        Article a = article(readOne(p));
        assertThat(a.text()).isEqualTo(GERMAN);
        assertThat(a.notes()).containsExactly("not valid UTF-8, decoded as windows-1252");
        assertThat(a.dateline().places()).containsExactly("Kiew");
    }

    @Test
    void iso88591IsDecodedAndSaidSo() throws IOException {
        String text = "Köln (dpa) - Der Oberbürgermeister äußerte sich am Montag zur Lage an der Rheinbrücke.\n";
        Path p = Files.write(dir.resolve("latin1.txt"), text.getBytes(StandardCharsets.ISO_8859_1));
        Article a = article(readOne(p));
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.notes()).containsExactly("not valid UTF-8, decoded as ISO-8859-1");
        // in JSON Lines, per line
        String line = "{\"id\": \"k1\", \"text\": \"Müller äußerte sich in Köln.\"}\n";
        Path jl = Files.write(dir.resolve("latin1.jsonl"), line.getBytes(StandardCharsets.ISO_8859_1));
        Article b = article(readOne(jl));
        assertThat(b.text()).isEqualTo("Müller äußerte sich in Köln.");
        assertThat(b.notes()).containsExactly("not valid UTF-8, decoded as ISO-8859-1");
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        byte[] body = GERMAN.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = article(readOne(Files.write(dir.resolve("bom.txt"), withBom)));
        assertThat(a.text()).isEqualTo(GERMAN);
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path p = Files.writeString(dir.resolve("kaputt.json"), "{\n  \"headline\": \"Gipfel\",\n  \"body_text\": \"Text\"\n  \"uri\": \"x\"\n}\n");
        ReadResult.Failed f = failure(readOne(p));
        assertThat(f.cause()).startsWith("malformed JSON at line 4, column 3:");
        assertThat(f.message()).startsWith(p + ": malformed JSON at line 4");
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws IOException {
        Path p = Files.writeString(dir.resolve("kaputt.xml"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n"
                + "<title>Feed</title>\n<item><title>Gipfel in Budapest</title>\n</channel></rss>\n");
        ReadResult.Failed f = failure(readOne(p));
        assertThat(f.cause()).startsWith("malformed XML at line 5, column");
        Path notAFeed = Files.writeString(dir.resolve("daten.xml"), "<?xml version=\"1.0\"?>\n<bestellung><artikel/></bestellung>\n");
        assertThat(failure(readOne(notAFeed)).cause()).startsWith("not an RSS or Atom feed");
    }

    @Test
    void hugeFileIsRefusedNamingItsSize() throws IOException {
        Path p = dir.resolve("riesig.txt");
        byte[] line = ("Berlin (dpa) - Ein Satz mit Inhalt, der sich sehr oft wiederholt. ".repeat(15) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        long target = 50L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(p)) {
            for (long n = 0; n < target; n += line.length) out.write(line, 0, (int) Math.min(line.length, target - n));
        }
        assertThat(Files.size(p)).isEqualTo(target);
        ReadResult.Failed f = failure(readOne(p));
        assertThat(f.cause()).isEqualTo("file is 50.0 MB, over the limit of 20.0 MB per document");
        // a JSON Lines corpus may be large: the limit holds per line
        Path jl = dir.resolve("korpus.jsonl");
        Files.writeString(jl, "{\"id\":\"a\",\"text\":\"" + "Kurz. ".repeat(50) + "\"}\n{\"id\":\"b\",\"text\":\"Auch kurz.\"}\n");
        List<ReadResult> r = Sources.readAll(List.of(jl.toString()), ReadOptions.DEFAULTS.withMaxBytes(200));
        assertThat(failure(r.get(0)).cause()).isEqualTo("line 1 is 320 bytes, over the limit of 200 bytes per article");
        assertThat(article(r.get(1)).id()).isEqualTo("b");
    }

    @Test
    void missingPath() {
        String missing = dir.resolve("gibt-es-nicht.txt").toString();
        List<ReadResult> r = Sources.readAll(List.of(missing), ReadOptions.DEFAULTS);
        ReadResult.Failed f = failure(r.get(0));
        assertThat(f.cause()).isEqualTo("no such file or folder");
        assertThat(f.source()).isEqualTo(missing);
        assertThat(f.id()).isEqualTo("gibt-es-nicht");
    }

    @Test
    void folderWithMixedGoodAndBadFilesGivesOneRecordPerInput() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("mix"));
        Files.writeString(folder.resolve("a-gut.txt"), GERMAN);
        Files.write(folder.resolve("b-leer.txt"), new byte[0]);
        Files.write(folder.resolve("c-binaer.txt"), new byte[]{'x', 0, 1, 2, 3});
        Files.write(folder.resolve("d-latin1.txt"), GERMAN.getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("e-kaputt.json"), "{\"text\": ");
        Files.writeString(folder.resolve("f-kaputt.xml"), "<rss><channel><item></channel>");
        Files.createDirectory(folder.resolve("g-unter"));
        Files.writeString(folder.resolve("g-unter/korpus.jsonl"), "{\"id\":\"eins\",\"text\":\"Bonn (dpa) - Ein Satz.\"}\n{kaputt\n");
        Files.writeString(folder.resolve("LIESMICH.md"), "# Notizen\n");
        Files.writeString(folder.resolve(".versteckt.txt"), "versteckt\n");
        List<String> notices = new ArrayList<>();
        List<ReadResult> r = new ArrayList<>();
        try (Sources.ResultStream s = Sources.open(List.of(folder.toString()), ReadOptions.DEFAULTS, notices::add)) {
            s.forEachRemaining(r::add);
        }
        String f = folder + "/";
        assertThat(r).extracting(ReadResult::source).containsExactly(
                f + "a-gut.txt", f + "b-leer.txt", f + "c-binaer.txt", f + "d-latin1.txt", f + "e-kaputt.json",
                f + "f-kaputt.xml", f + "g-unter/korpus.jsonl:1", f + "g-unter/korpus.jsonl:2");
        assertThat(r).extracting(x -> x instanceof ReadResult.Read).containsExactly(
                true, false, false, true, false, false, true, false);
        assertThat(notices).containsExactly(f + "LIESMICH.md: skipped, not a news file (read it by naming it: newsgraph analyze "
                + f + "LIESMICH.md)");
    }
}
