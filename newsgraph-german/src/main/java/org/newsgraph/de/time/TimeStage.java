package org.newsgraph.de.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.de.time.Candidate.Resolution;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Stage;

/**
 * Finds German time expressions and gives each a TIMEX3 value (DATE, TIME, DURATION, SET) relative
 * to the article date, the tense of its clause and the last date the text mentioned before it. A
 * document without a date (a narrative such as a Wikipedia history) is anchored on the last
 * absolute date mentioned; expressions that cannot be resolved keep X placeholders (XXXX-08).
 */
public final class TimeStage implements Stage {
    private final TimeGrammar grammar = new TimeGrammar();

    @Override
    public String name() {
        return "de.time.v1";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MORPHOLOGY);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public AnalyzedArticle process(AnalyzedArticle doc) {
        String text = doc.text();
        List<TimeExpression> out = new ArrayList<>();
        Anchor anchor = doc.article().date() == null ? null : Anchor.of(doc.article().date());
        for (Sentence sentence : doc.sentences()) {
            List<Token> tokens = doc.tokensIn(sentence);
            for (Candidate c : grammar.find(text, sentence.begin(), sentence.end(), tokens)) {
                Tense tense = tenseAround(doc, tokens, c);
                Resolution r = c.resolver().resolve(new TimeContext(doc.article().date(), anchor, tense));
                if (r == null || r.value() == null) continue;
                TimeType type = r.type() != null ? r.type() : c.type();
                out.add(new TimeExpression(c.begin(), c.end(), text.substring(c.begin(), c.end()), type, r.value(), r.mod()));
                if (type == TimeType.DATE || type == TimeType.TIME) anchor = moveAnchor(anchor, r.value());
            }
        }
        return doc.withTimes(out);
    }

    /** The new narrative anchor after a resolved date; a coarser mention of the same time keeps the finer anchor. */
    static Anchor moveAnchor(Anchor anchor, String value) {
        Anchor a = Anchor.parse(value);
        if (a == null) return anchor;
        if (anchor != null && anchor.value().startsWith(a.value())) return anchor;
        return a;
    }

    private static Tense tenseAround(AnalyzedArticle doc, List<Token> tokens, Candidate c) {
        int from = -1, to = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() <= c.begin()) continue;
            if (t.begin() >= c.end()) break;
            if (from < 0) from = i;
            to = i + 1;
        }
        if (from < 0) return Tense.PRESENT;
        return ClauseTense.of(doc, tokens, from, to);
    }
}
