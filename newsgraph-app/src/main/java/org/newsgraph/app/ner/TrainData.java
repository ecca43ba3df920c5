package org.newsgraph.app.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.de.ner.GermEval;

/** GermEval files of a folder (sorted by name) or single files, and the fixed split. */
final class TrainData {
    private TrainData() {
    }

    static List<GermEval.Sentence> read(List<Path> paths) throws IOException {
        List<GermEval.Sentence> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.list(p)) {
                    files = s.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
                }
                for (Path f : files) out.addAll(GermEval.read(f));
            } else {
                out.addAll(GermEval.read(p));
            }
        }
        return out;
    }

    static List<GermEval.Sentence> fold(List<GermEval.Sentence> all, String fold) {
        return switch (fold) {
            case "all" -> all;
            case "train" -> all.stream().filter(s -> !GermEval.isValidation(s)).toList();
            case "validation" -> all.stream().filter(GermEval::isValidation).toList();
            default -> throw new IllegalArgumentException("fold must be train, validation or all: " + fold);
        };
    }
}
