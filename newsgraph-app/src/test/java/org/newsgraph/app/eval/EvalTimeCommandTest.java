package org.newsgraph.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Main;

class EvalTimeCommandTest {
    private static final String KEY = "<DOC>\n<DOCID>x</DOCID>\n<DATETIME> <TIMEX2 val=\"2011-02-16\">2011-02-16</TIMEX2> </DATETIME>\n<TEXT>\n"
            + "Krieg &amp; Frieden\n\nAm <TIMEX2 val=\"1939-09-01\">1. September 1939</TIMEX2> begann der Krieg. "
            + "<TIMEX2 val=\"1939-09-03\">Zwei Tage später</TIMEX2> erklärten Großbritannien und Frankreich den Krieg. "
            + "Die Kämpfe dauerten <TIMEX2 val=\"P6Y\">sechs Jahre</TIMEX2>.\n</TEXT>\n</DOC>\n";

    static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readsInlineGoldWithOffsetsIntoTheUnescapedText(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("keyinline"));
        Path f = Files.writeString(dir.resolve("keyinline/x.key.xml"), KEY);
        EvalTimeCommand.GoldDoc g = EvalTimeCommand.parse(f);
        assertThat(g.name()).isEqualTo("x");
        assertThat(g.text()).startsWith("\nKrieg & Frieden");
        assertThat(g.times()).hasSize(3);
        assertThat(g.times()).allSatisfy(t -> assertThat(g.text().substring(t.begin(), t.end())).isNotBlank());
        assertThat(g.text().substring(g.times().get(1).begin(), g.times().get(1).end())).isEqualTo("Zwei Tage später");
        assertThat(g.times().get(1).value()).isEqualTo("1939-09-03");
    }

    @Test
    void scoresASmallDocumentPerfectly(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("keyinline"));
        Files.writeString(dir.resolve("keyinline/x.key.xml"), KEY);
        String out = run("eval", "time", dir.toString());
        assertThat(out).contains("gold 3 predicted 3").contains("overlap_f1=1.0000 strict_f1=1.0000 value_f1=1.0000");
    }

    @Test
    void wikiWarsDeReachesTheTargets() {
        Path data = Path.of(System.getProperty("newsgraph.shared"), "data", "wikiwars-de");
        String out = run("eval", "time", data.toString());
        Matcher m = Pattern.compile("overlap_f1=([0-9.]+) strict_f1=([0-9.]+) value_f1=([0-9.]+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as("overlapping extent F1").isGreaterThanOrEqualTo(0.90);
        assertThat(Double.parseDouble(m.group(3))).as("value F1").isGreaterThanOrEqualTo(0.80);
    }
}
