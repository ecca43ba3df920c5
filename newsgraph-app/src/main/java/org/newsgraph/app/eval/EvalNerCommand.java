package org.newsgraph.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.ner.NerCommand;
import org.newsgraph.de.ner.GermEval;
import org.newsgraph.de.ner.NerScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Strict span F1 of the named-entity recogniser on a GermEval 2014 file (12 outer classes, and
 * PER/LOC/ORG), computed as {@code tools/score_ner.py} computes it on {@code newsgraph ner --conll} output.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 (strict spans, 12 outer GermEval classes, PER/LOC/ORG) on a GermEval TSV file.")
public final class EvalNerCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "GermEval TSV with gold outer tags")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            System.err.println("error: " + file + ": cannot read the file");
            return 1;
        }
        List<GermEval.Sentence> gold = GermEval.read(file);
        long t0 = System.nanoTime();
        org.newsgraph.de.ner.NerTagger.get();
        System.err.println(org.newsgraph.de.ner.NerTagger.loadReport());
        List<String[]> pred = NerCommand.tag(gold);
        NerScore score = new NerScore();
        int tokens = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).tags() == null) {
                System.err.println("error: " + file + ": sentence " + (i + 1) + " has no gold tags");
                return 1;
            }
            score.add(gold.get(i).tags(), pred.get(i));
            tokens += gold.get(i).tokens().length;
        }
        for (String line : score.report()) System.out.println(line);
        System.err.printf("%d sentences, %d tokens tagged in %.1f s%n", gold.size(), tokens, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
