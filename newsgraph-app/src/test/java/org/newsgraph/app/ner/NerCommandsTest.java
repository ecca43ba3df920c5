package org.newsgraph.app.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.CliRun;
import org.junit.jupiter.api.io.TempDir;

/** {@code ner --conll}, {@code eval ner}, {@code train ner} and {@code train split} on small GermEval files. */
class NerCommandsTest {
    static final String GOLD = String.join("\n",
            "#\thttp://de.wikinews.org/a\t[2009-10-01]",
            "1\tBundeskanzlerin\tO\tO",
            "2\tAngela\tB-PER\tO",
            "3\tMerkel\tI-PER\tO",
            "4\tsprach\tO\tO",
            "5\tin\tO\tO",
            "6\tBerlin\tB-LOC\tO",
            "7\tmit\tO\tO",
            "8\tdem\tO\tO",
            "9\t«\tO\tO",
            "10\tSpiegel\tB-ORG\tO",
            "11\t»\tO\tO",
            "12\t.\tO\tO",
            "",
            "#\thttp://de.wikinews.org/b\t[2009-10-02]",
            "1\tDie\tO\tO",
            "2\tfranzösische\tB-LOCderiv\tO",
            "3\tRegierung\tO\tO",
            "4\tund\tO\tO",
            "5\tdie\tO\tO",
            "6\tSPD-Fraktion\tB-ORGpart\tO",
            "7\tstimmten\tO\tO",
            "8\tzu\tO\tO",
            "9\t.\tO\tO",
            "", "");

    static String[] run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void conllOutputKeepsTokensOneTagPerLineBlankLineAfterEachSentence(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, GOLD);
        String[] r = run("ner", "--conll", gold.toString());
        assertThat(r[0]).isEqualTo("0");
        String out = r[1];
        assertThat(out).endsWith("\n\n");
        String[] sentences = out.substring(0, out.length() - 2).split("\n\n", -1);
        assertThat(sentences).hasSize(2);
        List<String> first = Arrays.asList(sentences[0].split("\n"));
        assertThat(first).hasSize(12);
        assertThat(first).allMatch(l -> l.split("\t", -1).length == 2);
        assertThat(first.get(8)).isEqualTo("«\tO");
        assertThat(first.subList(0, 4)).containsExactly("Bundeskanzlerin\tO", "Angela\tB-PER", "Merkel\tI-PER", "sprach\tO");
        assertThat(first.get(5)).isEqualTo("Berlin\tB-LOC");
        assertThat(sentences[1].split("\n")[1]).isEqualTo("französische\tB-LOCderiv");
    }

    @Test
    void evalPrintsTheScorerFigures(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, GOLD);
        String[] r = run("eval", "ner", gold.toString());
        assertThat(r[0]).isEqualTo("0");
        List<String> lines = Arrays.asList(r[1].split("\n"));
        assertThat(lines).anyMatch(l -> l.startsWith("PER        P=1.0000 R=1.0000 F1=1.0000 (gold 1)"));
        assertThat(lines).anyMatch(l -> l.startsWith("outer      P="));
        assertThat(lines).anyMatch(l -> l.startsWith("plo        P="));
        assertThat(lines.get(lines.size() - 1)).matches("outer_f1=\\d\\.\\d{4} plo_f1=\\d\\.\\d{4}");
    }

    @Test
    void trainingIsDeterministicAndSplitWritesBothFolds(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("a.tsv"), GOLD);
        String[] a = run("train", "ner", "--data", data.toString(), "--fold", "all", "--epochs", "3", "--out", dir.resolve("a.gz").toString());
        String[] b = run("train", "ner", "--data", data.toString(), "--fold", "all", "--epochs", "3", "--out", dir.resolve("b.gz").toString());
        assertThat(a[0]).isEqualTo("0");
        assertThat(b[0]).isEqualTo("0");
        assertThat(Files.readAllBytes(dir.resolve("a.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.gz")));
        String[] s = run("train", "split", "--data", data.toString(), "--out", dir.resolve("split").toString());
        assertThat(s[0]).isEqualTo("0");
        String train = Files.readString(dir.resolve("split/train.tsv")), validation = Files.readString(dir.resolve("split/validation.tsv"));
        // each of the two sentences is in exactly one fold, with its source line
        assertThat((train + validation).lines().filter(l -> l.startsWith("#\t")).count()).isEqualTo(2);
        assertThat(train + validation).contains("#\thttp://de.wikinews.org/a\t[2009-10-01]", "#\thttp://de.wikinews.org/b\t[2009-10-02]");
        assertThat(train + validation).contains("2\tAngela\tB-PER\tO");
    }

    @Test
    void crfTrainingIsDeterministic(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data.tsv");
        Files.writeString(data, GOLD);
        String[] a = run("train", "ner", "--learner", "crf", "--data", data.toString(), "--fold", "all", "--iterations", "20", "--out", dir.resolve("a.gz").toString());
        String[] b = run("train", "ner", "--learner", "crf", "--data", data.toString(), "--fold", "all", "--iterations", "20", "--out", dir.resolve("b.gz").toString());
        assertThat(a[0]).isEqualTo("0");
        assertThat(b[0]).isEqualTo("0");
        assertThat(Files.readAllBytes(dir.resolve("a.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.gz")));
        String[] p = run("train", "ner", "--data", data.toString(), "--fold", "all", "--epochs", "3", "--out", dir.resolve("p.gz").toString());
        assertThat(p[0]).isEqualTo("0");
        assertThat(Files.readAllBytes(dir.resolve("p.gz"))).isNotEqualTo(Files.readAllBytes(dir.resolve("a.gz")));
        assertThat(run("train", "ner", "--learner", "svm", "--data", data.toString(), "--out", dir.resolve("c.gz").toString())[0]).isNotEqualTo("0");
    }

    @Test
    void missingFileIsAnError() {
        assertThat(run("ner", "--conll", "/nonexistent/x.tsv")[0]).isEqualTo("1");
        assertThat(run("eval", "ner", "/nonexistent/x.tsv")[0]).isEqualTo("1");
    }
}
