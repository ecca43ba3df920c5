package org.newsgraph.app.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.de.quotes.QuoteVerifierModel;
import org.newsgraph.de.quotes.ReportedSpeechModel;

/** {@code train quotes} on a sample of the Wikinews quotation training files. */
class TrainQuotesCommandTest {
    @Test
    void trainsTheSameModelTwiceFromASample(@TempDir Path tmp) throws Exception {
        Path train = Path.of(System.getProperty("newsgraph.shared"), "data", "quotes-wikinews", "train");
        Path sample = Files.createDirectory(tmp.resolve("sample"));
        List<Path> files;
        try (Stream<Path> s = Files.list(train)) {
            // the first 40 files (by name) with a gold reported statement
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .filter(p -> read(p).contains("\"Reported\"")).limit(40).toList();
        }
        for (Path f : files) Files.copy(f, sample.resolve(f.getFileName()));
        String[] first = run("train", "quotes", "--data", sample.toString(), "--out", tmp.resolve("a.tsv").toString());
        String[] second = run("train", "quotes", "--data", sample.toString(), "--out", tmp.resolve("b.tsv").toString());
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(first[1]).contains("held-out sentences:", "5-fold cross-validation:");
        assertThat(first[2]).contains("candidates:", "positive");
        byte[] a = Files.readAllBytes(tmp.resolve("a.tsv"));
        assertThat(a).isEqualTo(Files.readAllBytes(tmp.resolve("b.tsv")));
        String text = new String(a, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Reported-speech classifier").contains("\nthreshold\t", "\nstance\t");
        ReportedSpeechModel model = ReportedSpeechModel.read(new ByteArrayInputStream(a));
        assertThat(model.size()).isGreaterThan(50);
    }

    @Test
    void trainsTheVerifierOnTopOfTheReportedModelTwiceAlike(@TempDir Path tmp) throws Exception {
        Path train = Path.of(System.getProperty("newsgraph.shared"), "data", "quotes-wikinews", "train");
        Path sample = Files.createDirectory(tmp.resolve("sample"));
        try (Stream<Path> s = Files.list(train)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().limit(60).toList()) {
                Files.copy(f, sample.resolve(f.getFileName()));
            }
        }
        String[] first = run("train", "quotes", "--data", sample.toString(), "--out", tmp.resolve("r1.tsv").toString(),
                "--verifier-out", tmp.resolve("v1.tsv").toString());
        String[] second = run("train", "quotes", "--data", sample.toString(), "--out", tmp.resolve("r2.tsv").toString(),
                "--verifier-out", tmp.resolve("v2.tsv").toString());
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(first[1]).contains("verifier, 5-fold cross-validation, without:");
        byte[] v = Files.readAllBytes(tmp.resolve("v1.tsv"));
        assertThat(v).isEqualTo(Files.readAllBytes(tmp.resolve("v2.tsv")));
        QuoteVerifierModel verifier = QuoteVerifierModel.read(new ByteArrayInputStream(v));
        assertThat(verifier.size()).isGreaterThan(50);
        assertThat(new String(v, StandardCharsets.UTF_8)).startsWith("# Quote verifier").contains("\naction\t");
    }

    static String[] run(String... args) {
        return CliRun.run(args);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
