package org.newsgraph.app.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.de.ner.GermEval;
import org.newsgraph.de.ner.NerModel;
import org.newsgraph.de.ner.NerScore;
import org.newsgraph.de.ner.NerTagger;
import org.newsgraph.de.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph train ner --data DIR --out FILE}: trains the named-entity model deterministically. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the named-entity model on GermEval 2014 TSV (the train fold of the fixed split by default). Same input, same model bytes.")
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "folder of GermEval .tsv files (read in name order) or a .tsv file; repeatable")
    List<Path> data;

    @Option(names = "--out", required = true, description = "model file to write (gzip), e.g. newsgraph-german/src/main/resources/org/newsgraph/de/ner/ner-model.bin.gz")
    Path out;

    @Option(names = "--fold", defaultValue = "train", description = "train (sources whose CRC-32 mod 5 is not 0), validation or all; default ${DEFAULT-VALUE}")
    String fold;

    @Option(names = "--epochs", defaultValue = "12", description = "perceptron passes; default ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--min-count", defaultValue = "1", description = "keep features seen at least this often; default ${DEFAULT-VALUE}")
    int minCount;

    @Option(names = "--seed", defaultValue = "20140901", description = "shuffling seed; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--runs", defaultValue = "10", description = "train this many times on different shuffles (seed, seed+1, ...) and average the weights; default ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--dropout", defaultValue = "0.2", description = "probability of leaving out a feature of a training token in an epoch; 0 = plain perceptron; default ${DEFAULT-VALUE}")
    double dropout;

    @Option(names = "--eval", description = "after training, score the new model on this GermEval file (as 'eval ner' does)")
    Path eval;

    @Override
    public Integer call() throws IOException {
        List<GermEval.Sentence> sentences = TrainData.fold(TrainData.read(data), fold);
        long t0 = System.nanoTime();
        byte[] model = new NerTrainer(NerTagger.defaultFeatures(), epochs, minCount, seed, runs, dropout).train(sentences, System.err::println);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.write(out, model);
        System.err.printf("wrote %s (%d bytes) in %.1f s%n", out, model.length, (System.nanoTime() - t0) / 1e9);
        if (eval != null) {
            NerTagger tagger = new NerTagger(NerModel.read(new java.io.ByteArrayInputStream(model)), NerTagger.defaultFeatures(), true);
            List<GermEval.Sentence> gold = GermEval.read(eval);
            List<String[]> pred = NerCommand.tag(tagger, gold);
            NerScore score = new NerScore();
            for (int i = 0; i < gold.size(); i++) score.add(gold.get(i).tags(), pred.get(i));
            for (String line : score.report()) System.out.println(line);
        }
        return 0;
    }
}
