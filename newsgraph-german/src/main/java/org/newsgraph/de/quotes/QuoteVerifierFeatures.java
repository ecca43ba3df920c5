package org.newsgraph.de.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The features of a found statement for the {@link QuoteVerifier}: its type and the rule family that
 * found it, its cue lemmas, what its speaker is (none, pronoun, entity type, name, head noun) and where
 * it stands (same sentence or inherited from further back), the statement's length and parts, its
 * place in the article and paragraph, the section kind, subjunctive and indicative verbs and quotation
 * marks inside it, and how far the statement before it is. Pure functions of the analysed article.
 */
public final class QuoteVerifierFeatures {
    private QuoteVerifierFeatures() {
    }

    private static final String QUOTE_CHARS = "«»„“”\"‚‘›‹";

    /** The features of each found statement, in the order of the list. */
    static List<List<String>> of(AnalyzedArticle doc, List<QuoteFinder.Found> found, QuoteFinder finder) {
        List<Token> toks = doc.tokens();
        List<Sentence> sents = doc.sentences();
        int[] sentOf = new int[toks.size()];
        java.util.Arrays.fill(sentOf, -1);
        SectionKind[] sectionOf = new SectionKind[sents.size()];
        List<Section> sections = doc.article().sections();
        int sec = 0;
        for (int s = 0; s < sents.size(); s++) {
            Sentence se = sents.get(s);
            for (int i = doc.firstTokenAtOrAfter(se.begin()); i < toks.size() && toks.get(i).begin() < se.end(); i++) sentOf[i] = s;
            while (sec < sections.size() && sections.get(sec).end() <= se.begin()) sec++;
            sectionOf[s] = sec < sections.size() ? sections.get(sec).kind() : SectionKind.PARAGRAPH;
        }
        List<List<String>> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) out.add(features(doc, found, k, finder, sentOf, sectionOf));
        return out;
    }

    private static List<String> features(AnalyzedArticle doc, List<QuoteFinder.Found> found, int k, QuoteFinder finder,
                                         int[] sentOf, SectionKind[] sectionOf) {
        QuoteFinder.Found f = found.get(k);
        List<Token> toks = doc.tokens();
        String text = doc.text();
        List<String> x = new ArrayList<>(48);
        String type = f.type.name();
        String origin = f.origin == null ? "-" : f.origin;
        x.add("bias");
        x.add("type=" + type);
        x.add("origin=" + origin);
        x.add("type&origin=" + type + "/" + origin);
        if (f.partial) x.add("partial");
        if (f.needsSpeaker) x.add("needsSpeaker");
        if (f.guessedSpeaker) x.add("guessedSpeaker");
        if (!f.frameCue.isEmpty()) x.add("frameCue");

        // the statement's own tokens
        int first = -1, last = -1, words = 0, kj1 = 0, kj2 = 0, indicative = 0, marks = 0;
        boolean question = false;
        for (int[] p : f.parts) {
            for (int i = doc.firstTokenAtOrAfter(p[0]); i < toks.size() && toks.get(i).begin() < p[1]; i++) {
                if (first < 0) first = i;
                last = i;
                Token t = toks.get(i);
                String w = text.substring(t.begin(), t.end());
                if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))) {
                    if (QUOTE_CHARS.indexOf(w.charAt(0)) >= 0) marks++;
                    if (w.equals("?")) question = true;
                    continue;
                }
                words++;
                String pos = t.pos() == null ? "" : t.pos();
                if (pos.endsWith("FIN")) {
                    String mood = t.morphology().mood();
                    if ("KJ1".equals(mood)) kj1++;
                    else if ("KJ2".equals(mood)) kj2++;
                    else indicative++;
                }
            }
        }
        if (first < 0) return x;
        x.add("length=" + bucket(words));
        x.add("type&length=" + type + "/" + bucket(words));
        x.add("parts=" + Math.min(f.parts.size(), 3));
        x.add("kj1=" + Math.min(kj1, 2));
        x.add("type&kj1=" + type + "/" + Math.min(kj1, 2));
        x.add("kj2=" + Math.min(kj2, 2));
        x.add("indicative=" + Math.min(indicative, 2));
        if (kj1 + kj2 == 0 && indicative > 0) x.add("type&indicativeOnly=" + type);
        if (f.type != org.newsgraph.model.QuoteType.DIRECT && marks > 0) x.add("marksInside");
        if (question) x.add("question");
        String firstPos = toks.get(first).pos() == null ? "" : toks.get(first).pos();
        x.add("firstPos=" + firstPos);
        String firstWord = text.substring(toks.get(first).begin(), toks.get(first).end());
        if (!firstPos.startsWith("NN") && !firstPos.startsWith("NE")) {
            x.add("firstWord=" + firstWord.toLowerCase(Locale.ROOT));
            x.add("type&firstWord=" + type + "/" + firstWord.toLowerCase(Locale.ROOT));
        }
        // the words around it tell a complement clause ("sagte, dass …") from an adverbial one ("Da …, entschied")
        x.add("before=" + neighbour(doc, first - 1));
        x.add("after=" + neighbour(doc, last + 1));
        x.add("type&before&after=" + type + "/" + neighbour(doc, first - 1) + "/" + neighbour(doc, last + 1));
        // a negated frame ("wollte nicht bestätigen, dass …") reports no statement
        int fromS = doc.firstTokenAtOrAfter(doc.sentences().get(sentOf[first] < 0 ? 0 : sentOf[first]).begin());
        boolean negated = false;
        for (int i = fromS; i < toks.size() && sentOf[i] >= 0 && sentOf[i] <= sentOf[last]; i++) {
            if (!"PTKNEG".equals(toks.get(i).pos()) && !"kein".equals(toks.get(i).lemma())) continue;
            boolean inside = false;
            for (int[] p : f.parts) if (p[0] <= toks.get(i).begin() && toks.get(i).end() <= p[1]) inside = true;
            if (!inside) negated = true;
        }
        if (negated) x.add("frameNegated");

        // place in the article
        int s = sentOf[first] < 0 ? 0 : sentOf[first];
        x.add("sentence=" + (s < 3 ? Integer.toString(s) : s < 6 ? "3-5" : "6+"));
        SectionKind section = sectionOf.length == 0 ? SectionKind.PARAGRAPH : sectionOf[Math.min(s, sectionOf.length - 1)];
        if (section != SectionKind.PARAGRAPH) x.add("section=" + section);
        boolean paragraphStart = s == 0 || finder.paragraphOf(s - 1) != finder.paragraphOf(s);
        if (paragraphStart) x.add("paragraphStart");

        // cue
        x.add("cues=" + Math.min(f.cue.size(), 2));
        StringBuilder cueLemmas = new StringBuilder();
        for (int[] c : f.cue) {
            int i = doc.firstTokenAtOrAfter(c[0]);
            if (i >= toks.size()) continue;
            Token t = toks.get(i);
            String lemma = t.lemma() == null ? text.substring(t.begin(), t.end()) : t.lemma();
            x.add("cue=" + lemma);
            cueLemmas.append(cueLemmas.length() == 0 ? "" : "+").append(lemma);
            if (Classes.WORDS != null) x.add("cueClass=" + Classes.WORDS.fine(text.substring(t.begin(), t.end())));
            x.add("type&cue=" + type + "/" + lemma);
            x.add("cueAt=" + (c[1] <= f.begin() ? "before" : c[0] >= f.end() ? "after" : "inside"));
        }

        if (f.cue.size() > 1) x.add("cueAll=" + cueLemmas);
        // speaker
        if (f.speaker == null) {
            x.add("speaker=none");
            x.add("type&speaker=" + type + "/none");
        } else {
            int a = doc.firstTokenAtOrAfter(f.speaker[0]), b = a;
            while (b < toks.size() && toks.get(b).begin() < f.speaker[1]) b++;
            String kind = "other";
            if (b > a) {
                Token h = toks.get(b - 1);
                String hp = h.pos() == null ? "" : h.pos();
                String hw = text.substring(h.begin(), h.end());
                if (b - a == 1 && (hp.startsWith("PPER") || hp.startsWith("PDS") || hp.startsWith("PIS") || hp.startsWith("PRELS"))) {
                    kind = "pronoun";
                    x.add("speakerWord=" + hw.toLowerCase(Locale.ROOT));
                } else {
                    String et = entityType(doc, f.speaker[0], f.speaker[1]);
                    kind = et != null ? et : hp.startsWith("NE") ? "name" : hp.startsWith("NN") ? "noun" : "other";
                    if (hp.startsWith("NN")) x.add("speakerHead=" + (h.lemma() == null ? hw : h.lemma()));
                    if (Classes.WORDS != null) {
                        x.add("speakerClass=" + Classes.WORDS.fine(hw));
                        x.add("speakerCoarse=" + Classes.WORDS.coarse(hw));
                    }
                }
                x.add("speakerLength=" + bucket(b - a));
                int ss = sentOf[a];
                int qs = sentOf[first];
                int qe = sentOf[last];
                String where = ss >= qs && ss <= qe ? "same" : ss == qs - 1 ? "previous" : ss < qs ? "earlier" : "later";
                x.add("speakerSentence=" + where);
                x.add("type&speakerSentence=" + type + "/" + where);
                x.add("speakerAt=" + (f.speaker[1] <= f.begin() ? "before" : f.speaker[0] >= f.end() ? "after" : "inside"));
            }
            x.add("speaker=" + kind);
            x.add("type&speaker=" + type + "/" + kind);
            x.add("origin&speaker=" + origin + "/" + kind);
        }

        // the statements around it
        QuoteFinder.Found prev = k > 0 ? found.get(k - 1) : null;
        int sameSentence = 0;
        for (QuoteFinder.Found g : found) if (g != f && g.sentence == f.sentence) sameSentence++;
        x.add("sameSentence=" + Math.min(sameSentence, 2));
        if (prev == null) {
            x.add("previous=none");
        } else {
            int d = s - prev.sentence;
            x.add("previous=" + (d <= 0 ? "0" : d <= 2 ? Integer.toString(d) : "3+"));
            x.add("previousType=" + prev.type.name());
            x.add("type&previousType=" + type + "/" + prev.type.name());
        }
        QuoteFinder.Found next = k + 1 < found.size() ? found.get(k + 1) : null;
        x.add("next=" + (next == null ? "none" : Math.min(Math.max(next.sentence - f.sentence, 0), 3)));
        return x;
    }

    private static final class Classes {
        static final org.newsgraph.de.ner.WordClasses WORDS = org.newsgraph.de.ner.WordClasses.bundled();
    }

    /** A token as context: punctuation and function words as they are, other words by part of speech; "^"/"$" outside the text. */
    private static String neighbour(AnalyzedArticle doc, int i) {
        if (i < 0) return "^";
        if (i >= doc.tokens().size()) return "$";
        Token t = doc.tokens().get(i);
        String w = doc.text().substring(t.begin(), t.end());
        String pos = t.pos() == null ? "" : t.pos();
        if (pos.startsWith("$") || pos.startsWith("KO") || pos.startsWith("APPR") || pos.startsWith("PTK") || pos.startsWith("VM")
                || pos.startsWith("VA")) return w.toLowerCase(Locale.ROOT);
        return pos;
    }

    private static String bucket(int n) {
        if (n <= 3) return Integer.toString(n);
        if (n <= 6) return "4-6";
        if (n <= 12) return "7-12";
        if (n <= 25) return "13-25";
        return "26+";
    }

    /** The type and form of the last entity mention inside [begin, end), or null. */
    private static String entityType(AnalyzedArticle doc, int begin, int end) {
        if (!doc.has(Layer.ENTITIES)) return null;
        String type = null;
        for (EntityMention m : doc.entities()) {
            if (m.begin() >= end) break;
            if (m.begin() >= begin && m.end() <= end) type = m.type() + "/" + m.form();
        }
        return type;
    }
}
