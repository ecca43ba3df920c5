package org.newsgraph.app.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.de.ner.GermEval;
import org.newsgraph.de.ner.NerCrfTrainer;
import org.newsgraph.de.ner.NerInput;
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

    @Option(names = "--learner", defaultValue = "perceptron", description = "crf (conditional random field, L-BFGS) or perceptron (averaged, --runs, --dropout, --epochs); default ${DEFAULT-VALUE}")
    String learner;

    @Option(names = "--l2", defaultValue = "0.1", description = "crf: weight of the L2 prior; default ${DEFAULT-VALUE}")
    double l2;

    @Option(names = "--iterations", defaultValue = "400", description = "crf: at most this many L-BFGS iterations; default ${DEFAULT-VALUE}")
    int iterations;

    @Option(names = "--prune", defaultValue = "0.001", description = "crf: leave out weights below this magnitude; default ${DEFAULT-VALUE}")
    double prune;

    @Option(names = "--self-csv", description = "self-training: unlabelled 10kGNAD-style CSV corpus; repeatable")
    List<Path> selfCsv = new java.util.ArrayList<>();

    @Option(names = "--self-json-dir", description = "self-training: folder of JSON files with 'originalText'; repeatable")
    List<Path> selfJson = new java.util.ArrayList<>();

    @Option(names = "--self-confidence", defaultValue = "0.9", description = "crf self-training: keep sentences whose tags have at least this probability; default ${DEFAULT-VALUE}")
    double selfConfidence;

    @Option(names = "--self-weight", defaultValue = "0.3", description = "self-training: weight of the kept sentences; default ${DEFAULT-VALUE}")
    double selfWeight;

    @Option(names = "--self-max", defaultValue = "4000", description = "self-training: at most this many sentences; default ${DEFAULT-VALUE}")
    int selfMax;

    @Option(names = "--eval", description = "after training, score the new model on this GermEval file (as 'eval ner' does)")
    Path eval;

    @Override
    public Integer call() throws IOException {
        List<GermEval.Sentence> sentences = TrainData.fold(TrainData.read(data), fold);
        long t0 = System.nanoTime();
        if (!learner.equals("crf") && !learner.equals("perceptron")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--learner must be crf or perceptron");
        }
        List<NerInput> docs = null;
        if (!selfCsv.isEmpty() || !selfJson.isEmpty()) {
            docs = unlabelled();
            System.err.printf("%d unlabelled documents%n", docs.size());
        }
        byte[] model;
        if (learner.equals("crf")) {
            NerCrfTrainer crf = new NerCrfTrainer(NerTagger.defaultFeatures(), iterations, minCount, l2, prune);
            model = docs == null ? crf.train(sentences, System.err::println)
                    : crf.selfTrain(sentences, docs, selfConfidence, selfWeight, selfMax, System.err::println);
        } else {
            NerTrainer perceptron = new NerTrainer(NerTagger.defaultFeatures(), epochs, minCount, seed, runs, dropout);
            model = docs == null ? perceptron.train(sentences, System.err::println)
                    : perceptron.selfTrain(sentences, docs, selfWeight, selfMax, System.err::println);
        }
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.write(out, model);
        System.err.printf("wrote %s (%d bytes) in %.1f s%n", out, model.length, (System.nanoTime() - t0) / 1e9);
        if (eval != null) evaluate(model);
        return 0;
    }

    /** The unlabelled texts, segmented and with morphology, in the order given (files in name order). */
    private List<NerInput> unlabelled() throws IOException {
        List<String> texts = new java.util.ArrayList<>();
        for (Path f : selfCsv) for (org.newsgraph.app.bench.CsvCorpus.Entry e : org.newsgraph.app.bench.CsvCorpus.read(f)) texts.add(e.text());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Path dir : selfJson) {
            List<Path> files;
            try (java.util.stream.Stream<Path> st = Files.list(dir)) {
                files = st.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                com.fasterxml.jackson.databind.JsonNode text = json.readTree(f.toFile()).get("originalText");
                if (text != null && text.isTextual()) texts.add(text.asText());
            }
        }
        org.newsgraph.de.segment.SegmentationStage segmentation = new org.newsgraph.de.segment.SegmentationStage();
        org.newsgraph.de.morph.MorphologyStage morphology = new org.newsgraph.de.morph.MorphologyStage();
        List<NerInput> out = new java.util.ArrayList<>();
        for (String text : texts) {
            org.newsgraph.model.Article article = new org.newsgraph.model.Article("unlabelled", null, null, null, null, text, List.of(), null, null);
            out.add(NerInput.of(morphology.process(segmentation.process(org.newsgraph.model.AnalyzedArticle.of(article)))));
        }
        return out;
    }

    private void evaluate(byte[] model) throws IOException {
        NerTagger tagger = new NerTagger(NerModel.read(new java.io.ByteArrayInputStream(model)), NerTagger.defaultFeatures(), true);
        List<GermEval.Sentence> gold = GermEval.read(eval);
        List<String[]> pred = NerCommand.tag(tagger, gold);
        NerScore score = new NerScore();
        for (int i = 0; i < gold.size(); i++) score.add(gold.get(i).tags(), pred.get(i));
        for (String line : score.report()) System.out.println(line);
    }
}
