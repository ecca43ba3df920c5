package org.newsgraph.de.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.NameClass;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The tokens of one document as the recogniser sees them: word forms, part of speech, lemma and
 * dictionary name classes from morphology, and sentence boundaries as token index ranges.
 */
public record NerInput(String[] forms, String[] pos, String[] lemmas, List<Set<NameClass>> names, int[][] sentences) {

    public int size() {
        return forms.length;
    }

    /** The tokens of an article with morphology, split at its sentences. */
    public static NerInput of(AnalyzedArticle doc) {
        List<Token> tokens = doc.tokens();
        int n = tokens.size();
        String[] forms = new String[n];
        String[] pos = new String[n];
        String[] lemmas = new String[n];
        List<Set<NameClass>> names = new ArrayList<>(n);
        String text = doc.text();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            forms[i] = text.substring(t.begin(), t.end());
            pos[i] = t.pos() == null ? "" : t.pos();
            lemmas[i] = t.lemma() == null ? forms[i] : t.lemma();
            names.add(t.nameClasses());
        }
        List<int[]> sents = new ArrayList<>();
        int k = 0;
        for (Sentence s : doc.sentences()) {
            int from = Math.max(k, doc.firstTokenAtOrAfter(s.begin()));
            int to = from;
            while (to < n && tokens.get(to).end() <= s.end()) to++;
            if (from > k) sents.add(new int[] {k, from});   // tokens outside any sentence
            if (to > from) sents.add(new int[] {from, to});
            k = Math.max(k, to);
        }
        if (k < n) sents.add(new int[] {k, n});
        return new NerInput(forms, pos, lemmas, names, sents.toArray(new int[0][]));
    }
}
