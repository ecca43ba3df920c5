package org.newsgraph.de.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Layer;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.SectionKind;
import org.newsgraph.model.Token;
import org.newsgraph.de.ner.WordClasses;

/**
 * The features of a sentence for the reported-speech classifier: the lemmas of its main clause's
 * finite and full verb (with the separable particle: "ankündigen"), modal and auxiliary, the
 * preposition the verb governs ("sprach von", "warnt vor", "begründete mit"), what the subject is
 * (pronoun, entity type, the head noun: "Polizei", "-sprecher"), where the subject stands, the
 * first word, numbers and quotation marks in the sentence, whether it is a subheading and whether
 * the sentences around it are statements (its position in the article was tried and only added noise). Pure functions of the analysed article.
 */
public final class ReportedSpeechFeatures {
    private ReportedSpeechFeatures() {
    }

    /**
     * The main clause of a candidate sentence as token indices: sentence [from, to) without its final
     * punctuation, finite verb, full verb (the finite verb itself in a simple tense), separable particle
     * (-1), subject [spFrom, spTo) (-1), the kind of section and the types of the statements in the
     * sentences before and after it (null: none).
     */
    record Clause(int from, int to, int finite, int verb, int particle, int spFrom, int spTo, boolean passive,
                  SectionKind section, QuoteType previous, QuoteType next) {
    }

    /** Separable verb particles ("kündigte ... an"); other words the tagger reads as particles ("scharf") are not. */
    static final Set<String> PARTICLES = Set.of("ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "entgegen", "fest", "fort",
            "frei", "her", "heraus", "hervor", "hin", "hinweg", "los", "mit", "nach", "nieder", "statt", "teil", "um", "vor", "voran",
            "vorbei", "weg", "weiter", "wieder", "zu", "zurück", "zusammen", "bekannt", "gegenüber", "hinzu", "hoch", "offen", "klar");

    /**
     * Verbs that report a speech act or a stance when a person or organisation is their subject
     * ("fordert", "lehnt ... ab", "geht von ... aus"): a prior the few training sentences cannot give
     * for every verb. Lemmas, separable verbs with their particle.
     */
    static final Set<String> STANCE_VERBS = Set.of("ablehnen", "ankündigen", "anmahnen", "anordnen", "anprangern", "anregen", "appellieren",
            "aufrufen", "auffordern", "ausgehen", "aussprechen", "beanstanden", "bedauern", "befürchten", "befürworten", "begrüßen",
            "begründen", "beklagen", "bekanntgeben", "bemängeln", "benennen", "beschuldigen", "bestätigen", "bestreiten", "betrachten",
            "beurteilen", "bewerten", "bezeichnen", "beziffern", "bezweifeln", "dementieren", "drohen", "einräumen", "einschätzen",
            "einstufen", "empfehlen", "erklären", "erwägen", "erwarten", "fordern", "fürchten", "gutheißen", "halten", "hinweisen",
            "hoffen", "kritisieren", "loben", "melden", "mitteilen", "nennen", "planen", "plädieren", "prognostizieren", "rechnen",
            "sehen", "sprechen", "unterstellen", "verlangen", "verneinen", "versprechen", "verteidigen", "verurteilen", "verweisen",
            "vorhersagen", "vorschlagen", "vorwerfen", "vermuten", "warnen", "werten", "widersprechen", "würdigen", "zurückführen",
            "zurückweisen", "zusagen", "zuschreiben", "zweifeln", "angeben", "berichten", "anbieten", "eintreten", "einsetzen",
            "vergleichen", "beschreiben", "darstellen", "zählen", "schätzen", "glauben", "meinen", "wünschen", "beabsichtigen");

    private static final class Classes {
        static final WordClasses WORDS = WordClasses.bundled();
    }

    private static final String QUOTE_CHARS = "«»„“”\"‚‘›‹";
    private static final Set<String> GOVERNED = Set.of("von", "vor", "mit", "für", "gegen", "auf", "als", "an", "über", "zu", "um", "nach", "in");

    static List<String> of(AnalyzedArticle doc, Clause c, SpeechCues cues) {
        List<Token> toks = doc.tokens();
        String text = doc.text();
        List<String> f = new ArrayList<>(40);
        f.add("bias");
        String fin = lemma(toks.get(c.finite()), text);
        String verb = lemma(toks.get(c.verb()), text);
        String full = c.particle() >= 0 ? word(toks.get(c.particle()), text).toLowerCase(Locale.ROOT) + verb : verb;
        String finPos = pos(toks.get(c.finite()));
        f.add("fin=" + fin);
        f.add("verb=" + full);
        if (c.particle() >= 0) f.add("verbStem=" + verb);
        if (finPos.equals("VMFIN")) f.add("modal=" + fin);
        // distributional classes generalise from the few verbs and subjects seen in training
        WordClasses classes = Classes.WORDS;
        if (classes != null) {
            f.add("verbClass=" + classes.fine(word(toks.get(c.verb()), text)));
            f.add("verbCoarse=" + classes.coarse(word(toks.get(c.verb()), text)));
            if (c.spFrom() >= 0) {
                String head = word(toks.get(c.spTo() - 1), text);
                f.add("subjectClass=" + classes.fine(head));
                f.add("subjectCoarse=" + classes.coarse(head));
            }
        }
        if (finPos.equals("VAFIN") && c.verb() != c.finite()) f.add("aux=" + fin + (c.passive() ? "/passive" : ""));
        String mood = toks.get(c.finite()).morphology().mood();
        f.add("mood=" + (mood == null ? "-" : mood));
        if (STANCE_VERBS.contains(full)) f.add("stance");
        if (c.passive()) f.add("passive");
        SpeechCues.Verb cue = cues.verb(full);
        f.add("cue=" + (cue == null ? "none" : cue.reported() ? "reported" : "clause"));
        if (cue != null) f.add("medium=" + cue.medium());
        // the preposition the verb governs: the first one after the finite verb in the clause
        for (int i = c.finite() + 1; i < c.to() && i < c.finite() + 12; i++) {
            String p = pos(toks.get(i));
            if (p.equals("APPR") || p.equals("APPRART")) {
                String w = word(toks.get(i), text).toLowerCase(Locale.ROOT);
                if (p.equals("APPRART")) w = w.substring(0, Math.min(2, w.length()));
                if (GOVERNED.contains(w)) f.add("prep=" + w + "&verb=" + full);
                break;
            }
        }
        boolean reflexive = false, negated = false, number = false, quote = false, comma = false;
        for (int i = c.from(); i < c.to(); i++) {
            Token t = toks.get(i);
            String p = pos(t);
            String w = word(t, text);
            if (p.equals("PRF")) reflexive = true;
            if (p.equals("PTKNEG")) negated = true;
            if (p.equals("CARD")) number = true;
            if (w.equals(",")) comma = true;
            if (w.length() == 1 && QUOTE_CHARS.indexOf(w.charAt(0)) >= 0) quote = true;
        }
        if (reflexive) f.add("reflexive&verb=" + full);
        if (negated) f.add("negated");
        if (number) f.add("number");
        if (quote) f.add("quotemarks");
        if (comma) f.add("comma");
        f.add("first=" + pos(toks.get(c.from())));
        String firstPos = pos(toks.get(c.from()));
        // "Als Grund nannte ...", "Auch ...", "Zudem ...": the first word when it is not a noun or name
        if (!firstPos.startsWith("NN") && !firstPos.startsWith("NE")) f.add("firstWord=" + word(toks.get(c.from()), text).toLowerCase(Locale.ROOT));
        f.add("verbAt=" + bucket(c.finite() - c.from()));
        f.add("length=" + bucket(c.to() - c.from()));
        // the subject: where it stands, what it is
        if (c.spFrom() < 0) {
            f.add("subject=none");
        } else {
            f.add("subject=" + (c.spFrom() < c.finite() ? "before" : "after"));
            int head = c.spTo() - 1;
            Token h = toks.get(head);
            String hp = pos(h);
            String hw = word(h, text);
            String kind;
            if (c.spTo() - c.spFrom() == 1 && (hp.startsWith("PPER") || hp.startsWith("PDS") || hp.startsWith("PIS") || hp.startsWith("PRELS"))) {
                kind = "pronoun";
                f.add("subjectWord=" + hw.toLowerCase(Locale.ROOT));
            } else {
                kind = hp.startsWith("NE") ? "name" : hp.startsWith("NN") ? "noun" : "other:" + hp;
                // what the entity stage made of it, when it ran: a feature of its own, so that the kind from the tags
                // carries its weight without the entity layer too
                String type = entityType(doc, toks.get(c.spFrom()).begin(), h.end());
                if (type != null) f.add("subjectEntity=" + type);
                if (hp.startsWith("NN")) {
                    String lem = lemma(h, text);
                    f.add("subjectHead=" + lem);
                    String low = lem.toLowerCase(Locale.ROOT);
                    if (low.length() > 6) f.add("subjectSuffix=" + low.substring(low.length() - 5));
                }
            }
            f.add("subjectKind=" + kind);
            if (STANCE_VERBS.contains(full)) f.add("stance&subjectKind=" + kind);
            f.add("subjectLength=" + bucket(c.spTo() - c.spFrom()));
        }

        if (c.section() != SectionKind.PARAGRAPH) f.add("section=" + c.section());
        f.add("previous=" + (c.previous() == null ? "none" : c.previous()));
        f.add("next=" + (c.next() == null ? "none" : c.next()));
        return f;
    }

    private static String bucket(int n) {
        if (n <= 3) return Integer.toString(n);
        if (n <= 6) return "4-6";
        if (n <= 12) return "7-12";
        if (n <= 25) return "13-25";
        return "26+";
    }

    /** The type of the last name or nominal entity mention inside [begin, end), or null. */
    private static String entityType(AnalyzedArticle doc, int begin, int end) {
        if (!doc.has(Layer.ENTITIES)) return null;
        String type = null;
        for (EntityMention m : doc.entities()) {
            if (m.begin() >= end) break;
            if (m.begin() >= begin && m.end() <= end) type = m.type() + "/" + m.form();
        }
        return type;
    }

    private static String word(Token t, String text) {
        return text.substring(t.begin(), t.end());
    }

    private static String lemma(Token t, String text) {
        return t.lemma() == null ? word(t, text) : t.lemma();
    }

    private static String pos(Token t) {
        return t.pos() == null ? "" : t.pos();
    }
}
