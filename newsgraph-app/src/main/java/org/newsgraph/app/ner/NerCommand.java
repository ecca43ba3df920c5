package org.newsgraph.app.ner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.de.morph.MorphologyStage;
import org.newsgraph.de.ner.GermEval;
import org.newsgraph.de.ner.NerTagger;
import org.newsgraph.de.ner.PreTokenized;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph ner --conll FILE}: tags pre-tokenised GermEval TSV, one {@code token<TAB>tag} line per token. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Named entities of pre-tokenised text (GermEval 2014 TSV): prints token<TAB>tag, a blank line after each sentence.")
public final class NerCommand implements Callable<Integer> {
    @Option(names = "--conll", required = true, description = "GermEval TSV ('#' lines, 'idx token [outer inner]', blank line between sentences)")
    Path conll;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(conll)) {
            System.err.println("error: " + conll + ": cannot read the file");
            return 1;
        }
        List<GermEval.Sentence> sentences = GermEval.read(conll);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        int k = 0;
        List<String[]> all = tag(sentences);
        for (GermEval.Sentence s : sentences) {
            String[] tags = all.get(k++);
            for (int i = 0; i < tags.length; i++) out.append(s.tokens()[i]).append('\t').append(tags[i]).append('\n');
            out.append('\n');
        }
        out.flush();
        return out.checkError() ? 1 : 0;
    }

    /** Tags of each sentence, every sentence read as a document of its own (as GermEval's are). */
    public static List<String[]> tag(List<GermEval.Sentence> sentences) {
        return tag(NerTagger.get(), sentences);
    }

    public static List<String[]> tag(NerTagger tagger, List<GermEval.Sentence> sentences) {
        PreTokenized pre = new PreTokenized(new MorphologyStage());
        return sentences.parallelStream()
                .map(s -> NerTagger.names(tagger.tag(pre.input(List.<String[]>of(s.tokens())))))
                .toList();
    }
}
