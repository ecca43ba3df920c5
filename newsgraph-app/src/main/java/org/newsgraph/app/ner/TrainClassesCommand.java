package org.newsgraph.app.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.app.bench.CsvCorpus;
import org.newsgraph.de.ner.WordClassBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph train classes}: distributional word classes from unlabelled German text. */
@Command(name = "classes", mixinStandardHelpOptions = true,
        description = "Build the word classes the named-entity model uses from unlabelled text: 10kGNAD-style CSV (label;'text') "
                + "and folders of JSON files with an 'originalText' field (quotes-wikinews). Deterministic.")
public final class TrainClassesCommand implements Callable<Integer> {
    @Option(names = "--csv", description = "10kGNAD-style CSV corpus; repeatable")
    List<Path> csv = new ArrayList<>();

    @Option(names = "--json-dir", description = "folder of JSON files whose 'originalText' is read (in name order); repeatable")
    List<Path> jsonDirs = new ArrayList<>();

    @Option(names = "--out", required = true, description = "file to write, e.g. newsgraph-german/src/main/resources/org/newsgraph/de/ner/word-classes.tsv.gz")
    Path out;

    @Option(names = "--min-count", defaultValue = "3") int minCount;
    @Option(names = "--context", defaultValue = "400", description = "most frequent words used as context features") int context;
    @Option(names = "--fine", defaultValue = "300") int fine;
    @Option(names = "--coarse", defaultValue = "40") int coarse;
    @Option(names = "--iterations", defaultValue = "12") int iterations;
    @Option(names = "--seed", defaultValue = "20140901") long seed;

    @Override
    public Integer call() throws IOException {
        WordClassBuilder b = new WordClassBuilder(minCount, context, fine, coarse, iterations, seed);
        for (Path f : csv) for (CsvCorpus.Entry e : CsvCorpus.read(f)) b.add(e.text());
        ObjectMapper json = new ObjectMapper();
        for (Path dir : jsonDirs) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                JsonNode text = json.readTree(f.toFile()).get("originalText");
                if (text != null && text.isTextual()) b.add(text.asText());
            }
        }
        byte[] bytes = b.build(System.err::println);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        System.err.printf("wrote %s (%d bytes)%n", out, bytes.length);
        return 0;
    }
}
