package org.newsgraph.app.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.newsgraph.app.eval.EvalQuotesCommand;
import org.newsgraph.de.quotes.QuoteStage;
import org.newsgraph.de.quotes.QuoteVerifier;
import org.newsgraph.de.quotes.QuoteVerifierModel;
import org.newsgraph.de.quotes.QuoteVerifierTrainer;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.QuoteType;

/**
 * Trains the quote verifier on what the rules and a reported-speech judge find in the training files (the judge of
 * each file's fold, fitted without it, so the statements look as they will on new text):
 * a found statement is positive when the official pairing ({@link EvalQuotesCommand#assign}) pairs it
 * with a gold statement. The action (of those allowed: drop, drop speaker and cue, drop speaker) and a threshold per
 * quote type are chosen on the pooled out-of-fold probabilities of 5-fold cross-validation by article
 * (fold = CRC-32 of the file name mod 5), by the mean of quote, speaker and cue token F1 counted
 * officially, with quote F1 losing at most a given amount.
 */
final class VerifierTraining {
    private VerifierTraining() {
    }

    /** One training file: its gold and found statements as token groups, and the features of the found ones. */
    private record FileData(int fold, EvalQuotesCommand.Doc doc, List<List<String>> features) {
    }

    /** Thresholds per type (types without one are kept) with the F1 they reach. */
    private record Choice(QuoteVerifier.Verdict action, Map<QuoteType, Double> thresholds, double[] f1) {
        double mean() { return (f1[0] + f1[1] + f1[2]) / 3; }

        String describe() {
            return String.format(Locale.ROOT, "%-20s %s: quote %.4f speaker %.4f cue %.4f (mean %.4f)", action, thresholds, f1[0], f1[1], f1[2], mean());
        }
    }

    static QuoteVerifierModel train(ObjectMapper json, List<Path> files, List<AnalyzedArticle> docs, java.util.function.IntFunction<QuoteStage> stageOfFold,
                                    QuoteVerifierTrainer trainer, List<QuoteVerifier.Verdict> actions, double maxQuoteLoss, boolean perType) {
        List<FileData> data = IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            List<QuoteStage.Candidate> candidates = stageOfFold.apply(TrainQuotesCommand.fold(files.get(i))).candidates(docs.get(i));
            List<org.newsgraph.model.Quote> quotes = candidates.stream().map(QuoteStage.Candidate::quote).toList();
            EvalQuotesCommand.Doc d = EvalQuotesCommand.score(json, files.get(i), a -> docs.get(i).withQuotes(quotes));
            return new FileData(TrainQuotesCommand.fold(files.get(i)), d, candidates.stream().map(QuoteStage.Candidate::features).toList());
        }).toList();
        List<QuoteVerifierTrainer.Example> all = new ArrayList<>();
        for (FileData f : data) all.addAll(examples(f));
        long positives = all.stream().filter(QuoteVerifierTrainer.Example::positive).count();
        System.err.printf(Locale.ROOT, "verifier: %d found statements, %d paired with gold%n", all.size(), positives);

        // out-of-fold probabilities, per file and statement
        double[][] probability = new double[data.size()][];
        for (int k = 0; k < 5; k++) {
            List<QuoteVerifierTrainer.Example> in = new ArrayList<>();
            for (FileData f : data) if (f.fold() != k) in.addAll(examples(f));
            QuoteVerifierModel m = trainer.train(in, Map.of(), QuoteVerifier.Verdict.DROP);
            for (int i = 0; i < data.size(); i++) {
                if (data.get(i).fold() != k) continue;
                probability[i] = data.get(i).features().stream().mapToDouble(m::probability).toArray();
            }
        }
        List<EvalQuotesCommand.Doc> base = data.stream().map(FileData::doc).toList();
        double[] without = EvalQuotesCommand.f1(base);
        Choice best = new Choice(actions.get(0), Map.of(), without);
        double minQuote = without[0] - maxQuoteLoss;
        System.out.println("verifier, 5-fold cross-validation, without: " + best.describe());
        for (QuoteVerifier.Verdict action : actions) {
            // coordinate ascent over the types' thresholds, twice round, from "keep everything"
            Choice c = new Choice(action, Map.of(), without);
            for (int round = 0; round < 2; round++) {
                for (QuoteType type : QuoteType.values()) {
                    for (int t = 1; t <= 95; t++) {
                        Map<QuoteType, Double> th = new EnumMap<>(QuoteType.class);
                        th.putAll(c.thresholds());
                        th.put(type, t / 100.0);
                        double[] f = EvalQuotesCommand.f1(applied(data, probability, action, th));
                        if (f[0] >= minQuote && (f[0] + f[1] + f[2]) / 3 > c.mean() + 1e-9) c = new Choice(action, th, f);
                    }
                }
            }
            System.out.println("  " + c.describe());
            if (c.mean() > best.mean() + 1e-9) best = c;
        }
        System.out.println("verifier: " + best.describe());
        if (perType) {
            System.out.println("cross-validated, without the verifier:");
            EvalQuotesCommand.print(base);
            System.out.println("cross-validated, with the verifier:");
            EvalQuotesCommand.print(applied(data, probability, best.action(), best.thresholds()));
        }
        return trainer.train(all, best.thresholds(), best.action());
    }

    /** The statements of a file labelled by the official pairing. */
    private static List<QuoteVerifierTrainer.Example> examples(FileData f) {
        int[] match = EvalQuotesCommand.assign(f.doc().gold(), f.doc().pred());
        Set<Integer> paired = new HashSet<>();
        for (int j : match) if (j >= 0) paired.add(j);
        List<QuoteVerifierTrainer.Example> out = new ArrayList<>();
        for (int j = 0; j < f.features().size(); j++) out.add(new QuoteVerifierTrainer.Example(f.features().get(j), paired.contains(j)));
        return out;
    }

    /** The documents with the action applied to every statement whose probability is below the threshold of its type. */
    private static List<EvalQuotesCommand.Doc> applied(List<FileData> data, double[][] probability, QuoteVerifier.Verdict action,
                                                       Map<QuoteType, Double> thresholds) {
        List<EvalQuotesCommand.Doc> out = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            EvalQuotesCommand.Doc d = data.get(i).doc();
            List<EvalQuotesCommand.Group> pred = new ArrayList<>();
            for (int j = 0; j < d.pred().size(); j++) {
                EvalQuotesCommand.Group g = d.pred().get(j);
                Double threshold = thresholds.get(QuoteType.fromJson(g.type()));
                if (threshold == null || probability[i][j] >= threshold) { pred.add(g); continue; }
                if (action == QuoteVerifier.Verdict.DROP) continue;
                Map<String, Set<Integer>> roles = new LinkedHashMap<>(g.roles());
                roles.put("speaker", Set.of());
                if (action == QuoteVerifier.Verdict.DROP_SPEAKER_AND_CUE) roles.put("cue", Set.of());
                pred.add(new EvalQuotesCommand.Group(roles, g.type()));
            }
            out.add(new EvalQuotesCommand.Doc(d.id(), d.gold(), pred));
        }
        return out;
    }
}
