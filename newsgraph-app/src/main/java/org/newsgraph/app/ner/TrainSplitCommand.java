package org.newsgraph.app.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.de.ner.GermEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph train split --data DIR --out DIR}: writes the fixed train and validation folds as GermEval TSV. */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Write the fixed train/validation folds (by CRC-32 of the source URL) as train.tsv and validation.tsv.")
public final class TrainSplitCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "folder of GermEval .tsv files or a .tsv file; repeatable")
    List<Path> data;

    @Option(names = "--out", required = true, description = "folder to write train.tsv and validation.tsv to")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<GermEval.Sentence> all = TrainData.read(data);
        Files.createDirectories(out);
        for (String fold : new String[] {"train", "validation"}) {
            List<GermEval.Sentence> s = TrainData.fold(all, fold);
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(fold + ".tsv"), StandardCharsets.UTF_8))) {
                for (GermEval.Sentence x : s) {
                    w.print("#\t" + x.source() + "\n");
                    for (int i = 0; i < x.tokens().length; i++) w.print((i + 1) + "\t" + x.tokens()[i] + "\t" + x.tags()[i] + "\tO\n");
                    w.print("\n");
                }
            }
            System.err.printf("%s: %d sentences%n", out.resolve(fold + ".tsv"), s.size());
        }
        return 0;
    }
}
