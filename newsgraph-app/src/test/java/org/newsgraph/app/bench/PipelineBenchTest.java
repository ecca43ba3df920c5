package org.newsgraph.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Main;

class PipelineBenchTest {
    @TempDir
    Path dir;

    @Test
    void readsTheCorpusFormat() throws Exception {
        Path f = Files.writeString(dir.resolve("k.csv"), String.join("\n",
                "Inland;'Wien – Der Nationalrat hat das Budget beschlossen. Die Opposition spricht von einem ''Fehler''.'",
                "Sport;Salzburg gewinnt gegen Rapid mit 2:1. Der Trainer war zufrieden.",
                "Kultur;'Erste Zeile des Textes.",
                "Zweite Zeile; mit Semikolon.'",
                ""));
        List<CsvCorpus.Entry> e = CsvCorpus.read(f);
        assertThat(e).extracting(CsvCorpus.Entry::label).containsExactly("Inland", "Sport", "Kultur");
        assertThat(e.get(0).text()).isEqualTo("Wien – Der Nationalrat hat das Budget beschlossen. Die Opposition spricht von einem 'Fehler'.");
        assertThat(e.get(1).text()).isEqualTo("Salzburg gewinnt gegen Rapid mit 2:1. Der Trainer war zufrieden.");
        assertThat(e.get(2).text()).isEqualTo("Erste Zeile des Textes.\nZweite Zeile; mit Semikolon.");
        assertThat(e.get(2).line()).isEqualTo(3);
    }

    @Test
    void theRealCorpusHas1028Articles() throws Exception {
        String shared = System.getProperty("newsgraph.shared");
        Path corpus = Path.of(shared, "data", "corpora", "10kgnad-test.csv");
        if (!Files.isRegularFile(corpus)) throw new IllegalStateException("benchmark corpus not found at " + corpus);
        List<CsvCorpus.Entry> e = CsvCorpus.read(corpus);
        assertThat(e).hasSize(1028);
        assertThat(e).noneSatisfy(x -> assertThat(x.text()).startsWith("'"));
    }

    @Test
    void benchPrintsThroughput() throws Exception {
        Path f = Files.writeString(dir.resolve("k.csv"), "Inland;'Wien – Der Nationalrat tagt.'\nSport;Rapid siegt.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "bench", "pipeline", "--corpus", f.toString(), "--stages", "read", "--rounds", "1", "--warmup", "0");
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 articles").contains("articles/s").contains("MB/s")
                .contains("tokens/s").contains("heap").contains("load");
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        assertThat(Main.run(new PrintStream(help, true, StandardCharsets.UTF_8), System.err, "bench", "--help")).isZero();
        assertThat(help.toString(StandardCharsets.UTF_8)).contains("pipeline");
    }
}
