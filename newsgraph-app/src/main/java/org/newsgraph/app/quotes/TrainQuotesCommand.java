package org.newsgraph.app.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.newsgraph.app.eval.EvalQuotesCommand;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.de.quotes.QuoteStage;
import org.newsgraph.de.quotes.QuoteVerifier;
import org.newsgraph.de.quotes.QuoteVerifierModel;
import org.newsgraph.de.quotes.QuoteVerifierTrainer;
import org.newsgraph.de.quotes.ReportedSpeechJudge;
import org.newsgraph.de.quotes.ReportedSpeechModel;
import org.newsgraph.de.quotes.ReportedSpeechTrainer;
import org.newsgraph.de.quotes.SpeechCues;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph train quotes --data DIR --out FILE}: trains the reported-speech classifier on the
 * Wikinews quotation gold files deterministically. Weights are fitted on the files whose name's
 * CRC-32 mod 5 is not 0, the threshold is chosen by sentence F1 on the others (held out), then the
 * weights are fitted again on all files with the same settings and written with that threshold.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Train the reported-speech classifier of the quote stage on Wikinews quotation gold files. Same input, same model bytes.")
public final class TrainQuotesCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "folder of <date>_<id>.json gold files (e.g. ../shared/data/quotes-wikinews/train)")
    Path data;

    @Option(names = "--out", required = true, description = "model file to write, e.g. newsgraph-german/src/main/resources/org/newsgraph/de/quotes/reported-model.tsv")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "passes over the examples; default ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--rate", defaultValue = "0.1", description = "AdaGrad learning rate; default ${DEFAULT-VALUE}")
    double rate;

    @Option(names = "--l2", defaultValue = "0.01", description = "L2 regularisation per update; default ${DEFAULT-VALUE}")
    double l2;

    @Option(names = "--min-count", defaultValue = "2", description = "keep features seen in at least this many examples; default ${DEFAULT-VALUE}")
    int minCount;

    @Option(names = "--seed", defaultValue = "20240501", description = "shuffling seed; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--score-held-out", description = "also score the held-out files with the official counting: rules alone and with the held-out model")
    boolean scoreHeldOut;

    @Option(names = "--positive", defaultValue = "reported",
            description = "which gold statements make a candidate sentence positive: reported (type Reported) or any (every type); default ${DEFAULT-VALUE}")
    String positive;

    @Option(names = "--threshold-from", defaultValue = "cross-validation",
            description = "choose the threshold by sentence F1 on the held-out fifth (held-out) or on the pooled out-of-fold probabilities of 5-fold cross-validation (cross-validation); default ${DEFAULT-VALUE}")
    String thresholdFrom;

    @Option(names = "--cross-validate", description = "also print the sentence F1 of 5-fold cross-validation over the files (out-of-fold probabilities pooled, best threshold)")
    boolean crossValidate;

    @Option(names = "--verifier-out", description = "also train the quote verifier on the rules and the reported model just trained, and write it here, "
            + "e.g. newsgraph-german/src/main/resources/org/newsgraph/de/quotes/verifier-model.tsv")
    Path verifierOut;

    @Option(names = "--verifier-max-quote-loss", defaultValue = "0.01",
            description = "the verifier's action and threshold may cost cross-validated quote F1 at most this much; default ${DEFAULT-VALUE}")
    double verifierMaxQuoteLoss;

    @Option(names = "--verifier-actions", split = ",", defaultValue = "DROP_SPEAKER_AND_CUE,DROP_SPEAKER",
            description = "what the verifier may do below its thresholds, the best by cross-validation: DROP, DROP_SPEAKER_AND_CUE, DROP_SPEAKER; "
                    + "default ${DEFAULT-VALUE} (dropping whole statements gained quote F1 in cross-validation but lost it on dev)")
    List<QuoteVerifier.Verdict> verifierActions;

    @Option(names = "--verifier-epochs", defaultValue = "10", description = "the verifier's passes over the statements; default ${DEFAULT-VALUE}")
    int verifierEpochs;

    @Option(names = "--verifier-l2", defaultValue = "0.01", description = "the verifier's L2 regularisation per update; default ${DEFAULT-VALUE}")
    double verifierL2;

    @Option(names = "--verifier-min-count", defaultValue = "2", description = "the verifier keeps features seen in at least this many statements; default ${DEFAULT-VALUE}")
    int verifierMinCount;

    @Option(names = "--verifier-per-type", description = "print the cross-validated scores per type without and with the verifier")
    boolean verifierPerType;

    @Option(names = "--dump", description = "write every candidate sentence (file, label, held-out probability, text, features) to this TSV for error analysis")
    Path dump;

    @Override
    public Integer call() throws IOException {
        if (!positive.equals("reported") && !positive.equals("any")) throw new IllegalArgumentException("--positive must be reported or any");
        List<Path> files;
        try (Stream<Path> s = Files.list(data)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("train quotes: no .json files in " + data);
            return 2;
        }
        long t0 = System.nanoTime();
        ObjectMapper json = new ObjectMapper();
        SpeechCues cues = SpeechCues.load();
        Map<String, AnalyzedArticle> heldOutDocs = new ConcurrentHashMap<>();
        AnalyzedArticle[] docs = new AnalyzedArticle[files.size()];
        List<List<ReportedSpeechTrainer.Example>> perFile = java.util.stream.IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            Path f = files.get(i);
            try {
                JsonNode g = json.readTree(f.toFile());
                Article article = EvalQuotesCommand.article(json, g, f);
                AnalyzedArticle doc = GermanPipeline.get().analyze(article);
                if (verifierOut != null) docs[i] = doc;
                if (heldOut(f) && scoreHeldOut) heldOutDocs.put(article.id(), doc);
                return ReportedSpeechTrainer.examples(doc, goldSpans(g, positive.equals("any")), cues);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (org.newsgraph.sources.ReadException e) {
                throw new IllegalStateException(f + ": " + e.getMessage(), e);
            }
        }).toList();
        List<ReportedSpeechTrainer.Example> fit = new ArrayList<>(), held = new ArrayList<>(), all = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            (heldOut(files.get(i)) ? held : fit).addAll(perFile.get(i));
            all.addAll(perFile.get(i));
        }
        System.err.printf(Locale.ROOT, "candidates: %d (%d positive) in %d files, held out %d (%d positive); %.1f s%n", all.size(),
                positives(all), files.size(), held.size(), positives(held), (System.nanoTime() - t0) / 1e9);
        ReportedSpeechTrainer trainer = new ReportedSpeechTrainer(epochs, rate, l2, minCount, seed);
        ReportedSpeechModel foldModel = trainer.train(fit, 0.5);
        ReportedSpeechTrainer.Score best = ReportedSpeechTrainer.bestThreshold(foldModel, held);
        System.out.printf(Locale.ROOT, "held-out sentences: threshold %.2f P=%.4f R=%.4f F1=%.4f (tp %d fp %d fn %d)%n", best.threshold(),
                best.precision(), best.recall(), best.f1(), best.tp(), best.fp(), best.fn());
        boolean byCv = thresholdFrom.equals("cross-validation");
        if (!byCv && !thresholdFrom.equals("held-out")) throw new IllegalArgumentException("--threshold-from must be held-out or cross-validation");
        double threshold = best.threshold();
        // the reported models of the five folds, each fitted without its fold: the verifier learns from their out-of-fold decisions
        ReportedSpeechModel[] foldModels = new ReportedSpeechModel[5];
        if (crossValidate || byCv) {
            List<ReportedSpeechTrainer.Example> pooled = new ArrayList<>();
            List<Double> probabilities = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                List<ReportedSpeechTrainer.Example> in = new ArrayList<>(), outOfFold = new ArrayList<>();
                for (int i = 0; i < files.size(); i++) (fold(files.get(i)) == k ? outOfFold : in).addAll(perFile.get(i));
                ReportedSpeechModel m = trainer.train(in, 0.5);
                foldModels[k] = m;
                for (ReportedSpeechTrainer.Example e : outOfFold) { pooled.add(e); probabilities.add(m.probability(e.features())); }
            }
            ReportedSpeechTrainer.Score cv = null;
            for (int t = 99; t >= 1; t--) {
                int tp = 0, fp = 0, fn = 0;
                for (int i = 0; i < pooled.size(); i++) {
                    boolean yes = probabilities.get(i) >= t / 100.0;
                    if (yes && pooled.get(i).positive()) tp++; else if (yes) fp++; else if (pooled.get(i).positive()) fn++;
                }
                ReportedSpeechTrainer.Score s = new ReportedSpeechTrainer.Score(t / 100.0, tp, fp, fn);
                if (cv == null || s.f1() > cv.f1()) cv = s;
            }
            System.out.printf(Locale.ROOT, "5-fold cross-validation: threshold %.2f P=%.4f R=%.4f F1=%.4f (tp %d fp %d fn %d)%n", cv.threshold(),
                    cv.precision(), cv.recall(), cv.f1(), cv.tp(), cv.fp(), cv.fn());
            if (byCv) {
                threshold = cv.threshold();
                ReportedSpeechTrainer.Score h = ReportedSpeechTrainer.score(foldModel, held, threshold);
                System.out.printf(Locale.ROOT, "held-out sentences at the cross-validated threshold %.2f: P=%.4f R=%.4f F1=%.4f%n", threshold,
                        h.precision(), h.recall(), h.f1());
            }
        }
        if (dump != null) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < files.size(); i++) {
                for (ReportedSpeechTrainer.Example e : perFile.get(i)) {
                    d.append(files.get(i).getFileName()).append('\t').append(heldOut(files.get(i)) ? "held" : "fit").append('\t')
                            .append(e.positive() ? 1 : 0).append('\t').append(String.format(Locale.ROOT, "%.3f", foldModel.probability(e.features())))
                            .append('\t').append(e.text().replace('\n', ' ').replace('\t', ' ')).append('\t').append(String.join(" ", e.features())).append('\n');
                }
            }
            Files.writeString(dump, d, StandardCharsets.UTF_8);
        }
        ReportedSpeechModel model = trainer.train(all, threshold);
        StringWriter w = new StringWriter();
        model.write(w, String.format(Locale.ROOT, """
                Reported-speech classifier of the quote stage (logistic regression over ReportedSpeechFeatures).
                Rebuild: newsgraph train quotes --data ../shared/data/quotes-wikinews/train --out FILE \
                --positive %s --threshold-from %s --epochs %d --rate %s --l2 %s --min-count %d --seed %d
                Trained on German Wikinews quotation annotations (Petersen-Frey & Biemann 2024), CC BY-NC-SA 4.0;
                holds feature weights only. Threshold chosen by sentence F1 on held-out training files (see --threshold-from).""",
                positive, thresholdFrom, epochs, rate, l2, minCount, seed));
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.writeString(out, w.toString(), StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "wrote %s (%d features, threshold %.2f) in %.1f s%n", out, model.size(), model.threshold(),
                (System.nanoTime() - t0) / 1e9);
        if (verifierOut != null) {
            QuoteVerifierTrainer verifierTrainer = new QuoteVerifierTrainer(verifierEpochs, rate, verifierL2, verifierMinCount, seed);
            // the verifier must see reported statements as the product meets them on unseen text, so each file's statements
            // come from the reported model fitted without that file's fold (without cross-validation: the final model)
            double t = threshold;
            QuoteStage[] stages = new QuoteStage[5];
            for (int k = 0; k < 5; k++) stages[k] = new QuoteStage(cues, foldModels[k] == null ? model : foldModels[k].withThreshold(t));
            QuoteVerifierModel verifier = VerifierTraining.train(json, files, java.util.Arrays.asList(docs), k -> stages[k],
                    verifierTrainer, verifierActions, verifierMaxQuoteLoss, verifierPerType);
            StringWriter v = new StringWriter();
            verifier.write(v, String.format(Locale.ROOT, """
                    Quote verifier of the quote stage (logistic regression over QuoteVerifierFeatures): below the threshold, the action applies.
                    Rebuild: written by the same run of newsgraph train quotes as reported-model.tsv, with --verifier-out FILE \
                    --verifier-actions %s --verifier-max-quote-loss %s --verifier-epochs %d --verifier-l2 %s --verifier-min-count %d (--rate %s --seed %d as for that model)
                    Trained on German Wikinews quotation annotations (Petersen-Frey & Biemann 2024), CC BY-NC-SA 4.0;
                    holds feature weights only. Action and threshold chosen by 5-fold cross-validation by article on the mean token F1.""",
                    verifierActions.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(",")), verifierMaxQuoteLoss, verifierEpochs, verifierL2, verifierMinCount, rate, seed));
            if (verifierOut.getParent() != null) Files.createDirectories(verifierOut.getParent());
            Files.writeString(verifierOut, v.toString(), StandardCharsets.UTF_8);
            System.err.printf(Locale.ROOT, "wrote %s (%d features, action %s, thresholds %s) in %.1f s%n", verifierOut, verifier.size(),
                    verifier.action(), verifier.thresholds(), (System.nanoTime() - t0) / 1e9);
        }
        if (scoreHeldOut) {
            List<Path> heldFiles = files.stream().filter(TrainQuotesCommand::heldOut).toList();
            System.out.println("held-out files, rules alone:");
            score(json, heldFiles, heldOutDocs, new QuoteStage(cues));
            System.out.println("held-out files, rules and the classifier trained without them:");
            score(json, heldFiles, heldOutDocs, new QuoteStage(cues, foldModel.withThreshold(threshold)));
        }
        return 0;
    }

    private static void score(ObjectMapper json, List<Path> files, Map<String, AnalyzedArticle> docs, QuoteStage stage) {
        EvalQuotesCommand.print(files.stream().map(f -> EvalQuotesCommand.score(json, f, a -> stage.process(docs.get(a.id())))).toList());
    }

    /** The held-out fifth: files whose name's CRC-32 is divisible by 5. */
    static boolean heldOut(Path file) {
        return fold(file) == 0;
    }

    /** The fold of a file: its name's CRC-32 mod 5. */
    static int fold(Path file) {
        CRC32 crc = new CRC32();
        crc.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 5);
    }

    private static long positives(List<ReportedSpeechTrainer.Example> examples) {
        return examples.stream().filter(ReportedSpeechTrainer.Example::positive).count();
    }

    /** UTF-16 character spans of the parts of the gold reported statements, or of all (gold offsets count code points). */
    private static List<int[]> goldSpans(JsonNode g, boolean all) {
        String text = g.path("originalText").asText();
        List<int[]> out = new ArrayList<>();
        for (JsonNode a : g.path("annotations")) {
            if (!all && !a.path("type").asText().equals("Reported")) continue;
            for (JsonNode s : a.path("quote").path("spans")) {
                out.add(new int[]{text.offsetByCodePoints(0, s.path("charBegin").asInt()), text.offsetByCodePoints(0, s.path("charEnd").asInt())});
            }
        }
        return out;
    }
}
