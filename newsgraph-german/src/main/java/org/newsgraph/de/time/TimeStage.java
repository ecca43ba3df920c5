package org.newsgraph.de.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.de.time.Candidate.Resolution;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.HasSpan;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
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
        // a dated heading ("1863", "Westfront 1944/1945") sets the time frame of the sections under it
        Anchor frame = null, frameEnd = null;
        // rules run over whole sections, not sentences: a split inside "am 27./28. September" must not cut a date
        List<Section> regions = new ArrayList<>(doc.article().sections());
        if (regions.isEmpty() && !text.isEmpty()) regions.add(new Section(SectionKind.PARAGRAPH, 0, text.length()));
        for (Section region : regions) {
            boolean heading = isHeading(text, region);
            if (!heading && frame != null && !within(anchor, frame, frameEnd)) anchor = frame;
            Anchor headingDate = null, headingEnd = null;
            List<Token> regionTokens = doc.tokensIn(region);
            for (Candidate c : grammar.find(text, region.begin(), region.end(), regionTokens)) {
                List<Token> sentence = doc.tokensIn(sentenceAt(doc.sentences(), c.begin(), region));
                Tense tense = tenseAround(doc, sentence, c);
                Resolution r = c.resolver().resolve(new TimeContext(doc.article().date(), anchor, tense));
                if (r == null || r.value() == null) continue;
                TimeType type = r.type() != null ? r.type() : c.type();
                out.add(new TimeExpression(c.begin(), c.end(), text.substring(c.begin(), c.end()), type, r.value(), r.mod()));
                if ((type == TimeType.DATE || type == TimeType.TIME) && !inParentheses(text, c, region)) {
                    anchor = moveAnchor(anchor, r.value());
                    if (heading && Anchor.parse(r.value()) != null) {
                        if (headingDate == null) headingDate = Anchor.parse(r.value());
                        headingEnd = Anchor.parse(r.value());
                    }
                }
            }
            if (headingDate != null) {
                frame = headingDate;
                frameEnd = headingEnd;
                anchor = headingDate;
            }
        }
        return doc.withTimes(out);
    }

    /** A title or subheading, or a short block without final punctuation (a bare "1863" line is a heading too). */
    static boolean isHeading(String text, Section region) {
        if (region.kind() != SectionKind.PARAGRAPH) return true;
        String block = text.substring(region.begin(), region.end()).strip();
        return !block.isEmpty() && block.length() <= 80 && ".!?:;»«\"“”)".indexOf(block.charAt(block.length() - 1)) < 0;
    }

    /** Whether the anchor lies in the years a heading spans ("Westfront 1944/1945"). */
    private static boolean within(Anchor anchor, Anchor first, Anchor last) {
        if (anchor == null || anchor.bc() != first.bc()) return false;
        int lo = Math.min(first.year(), last.year()), hi = Math.max(first.year(), last.year());
        return anchor.year() >= lo && anchor.year() <= hi;
    }

    /** A date in parentheses ("Abd el-Kader (1808–1883)") is an aside and does not move the narrative anchor. */
    static boolean inParentheses(String text, Candidate c, Section region) {
        int open = -1;
        for (int i = c.begin() - 1; i >= Math.max(region.begin(), c.begin() - 80); i--) {
            char ch = text.charAt(i);
            if (ch == ')') return false;
            if (ch == '(') { open = i; break; }
        }
        if (open < 0) return false;
        for (int i = c.end(); i < Math.min(region.end(), c.end() + 80); i++) {
            char ch = text.charAt(i);
            if (ch == '(') return false;
            if (ch == ')') return true;
        }
        return false;
    }

    /** The sentence containing {@code offset} (binary search), or the region when none does. */
    private static HasSpan sentenceAt(List<Sentence> sentences, int offset, HasSpan region) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.end() <= offset) lo = mid + 1;
            else if (s.begin() > offset) hi = mid - 1;
            else return s;
        }
        return region;
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
