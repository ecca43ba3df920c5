package org.newsgraph.de.ner;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.de.morph.MorphologyStage;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Text that comes already tokenised (GermEval TSV): its tokens are kept exactly, joined by single
 * spaces into a text, one sentence each, and analysed by the morphology stage.
 */
public final class PreTokenized {
    private final MorphologyStage morphology;

    public PreTokenized(MorphologyStage morphology) {
        this.morphology = morphology;
    }

    /** The recogniser's view of these sentences as one document. */
    public NerInput input(List<String[]> sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sents = new ArrayList<>();
        for (String[] s : sentences) {
            int first = tokens.size();
            for (String t : s) {
                if (text.length() > 0) text.append(' ');
                int b = text.length();
                text.append(t);
                tokens.add(Token.of(b, text.length()));
            }
            if (tokens.size() > first) sents.add(new Sentence(tokens.get(first).begin(), text.length()));
        }
        Article article = new Article("pretokenized", null, null, null, null, text.toString(), List.of(), null, null);
        AnalyzedArticle doc = AnalyzedArticle.of(article).withSentences(sents).withTokens(tokens, false);
        return NerInput.of(morphology.process(doc));
    }
}
