package org.newsgraph.de.morph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Morphology;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Stage;

/**
 * Gives every token a lemma, an STTS-like part of speech, morphology and name classes from
 * {@link GermanLexicon}, choosing among readings by simple context rules: capitalisation and
 * sentence position, the word before (article, preposition, "zu", pronoun), and the subject's person
 * for verbs (so "er glaube", "es gebe" are Konjunktiv I). Genitive names are reduced to a name
 * that occurs in the document ("Selenskyjs" → "Selenskyj").
 */
public final class MorphologyStage implements Stage {
    private static final Set<String> APPRART = Set.of("am", "an's", "ans", "aufs", "beim", "im", "ins", "vom", "zum", "zur",
            "durchs", "fürs", "hinterm", "hinters", "überm", "übers", "unterm", "unters", "vorm", "vors");
    private static final Set<String> THIRD_PERSON = Set.of("er", "sie", "es", "man", "dies", "das", "wer");

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "(erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|\\p{L}*zehnt|\\p{L}+zigst|\\p{L}+ßigst|\\p{L}*hundertst|\\p{L}*tausendst|letzt)e");

    private static final Set<String> NUMBER_WORDS = Set.of("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
            "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
            "neunzehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
            "hundert", "tausend", "zweihundert", "dreihundert");

    private static final Set<String> NOUN_PHRASE_BEFORE = Set.of("ART", "APPR", "APPRART", "PPOSAT", "PDAT", "PIAT",
            "ADJA", "CARD", "KON", "$,");

    private final GermanLexicon lexicon;

    public MorphologyStage() {
        this(GermanLexicon.get());
    }

    public MorphologyStage(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() { return "de.morphology.v1"; }

    @Override
    public Set<Layer> requires() { return Set.of(Layer.TOKENS); }

    @Override
    public Set<Layer> assigns() { return Set.of(Layer.MORPHOLOGY); }

    @Override
    public AnalyzedArticle process(AnalyzedArticle doc) {
        String text = doc.text();
        List<Token> in = doc.tokens();
        int n = in.size();
        String[] forms = new String[n];
        GermanLexicon.WordInfo[] infos = new GermanLexicon.WordInfo[n];
        Set<String> known = new HashSet<>();
        for (int i = 0; i < n; i++) {
            forms[i] = text.substring(in.get(i).begin(), in.get(i).end());
            infos[i] = lexicon.info(forms[i]);
            known.add(forms[i]);
        }
        Context ctx = new Context(forms, infos);
        boolean[] sentenceStart = sentenceStarts(doc, n);
        String[] pos = new String[n];
        List<Token> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Reading r = refine(choose(ctx, pos, i, sentenceStart[i], known), ctx, i);
            pos[i] = r.pos();
            out.add(in.get(i).withMorphology(r.lemma(), r.pos(), r.morphology(), infos[i].nameClasses()));
        }
        return doc.withTokens(out, true);
    }

    private static boolean[] sentenceStarts(AnalyzedArticle doc, int n) {
        boolean[] s = new boolean[n];
        if (n > 0) s[0] = true;
        for (Sentence sentence : doc.sentences()) {
            int k = doc.firstTokenAtOrAfter(sentence.begin());
            if (k < n) s[k] = true;
        }
        // after an opening quote or a colon a new clause may start with a capital
        for (int i = 1; i < n; i++) {
            Token prev = doc.tokens().get(i - 1);
            char c = doc.text().charAt(prev.begin());
            if (prev.end() - prev.begin() == 1 && "«»„“\"‚‹›:-–(".indexOf(c) >= 0) s[i] |= true;
        }
        return s;
    }

    /** The words of the document and their analyses, looked up once. */
    private record Context(String[] forms, GermanLexicon.WordInfo[] infos) {
        boolean has(int k, String pos) {
            return k >= 0 && k < infos.length && infos[k].has(pos);
        }

        boolean lowerCase(int k) {
            return k >= 0 && k < forms.length && Character.isLowerCase(forms[k].charAt(0));
        }
    }

    private Reading choose(Context ctx, String[] pos, int i, boolean start, Set<String> docForms) {
        String[] forms = ctx.forms();
        String w = forms[i];
        List<Reading> readings = ctx.infos()[i].candidates();
        if (readings.size() == 1 && !readings.get(0).guessed()) return readings.get(0);
        String prev = i > 0 ? forms[i - 1].toLowerCase(Locale.ROOT) : "";
        String prevPos = i > 0 ? pos[i - 1] : "";
        String next = i + 1 < forms.length ? forms[i + 1] : "";
        if (readings.size() == 1) return guessed(readings.get(0), w, docForms);
        boolean capital = Character.isUpperCase(w.charAt(0));
        boolean nextIsNoun = startsNoun(next);
        int j = i + 1;
        boolean nextAdja = ctx.has(j, "ADJA");
        boolean nextFiniteAux = ctx.lowerCase(j) && (ctx.has(j, "VAFIN") || ctx.has(j, "VMFIN"));
        boolean nextFiniteVerb = nextFiniteAux || (ctx.lowerCase(j) && ctx.has(j, "VVFIN"));
        boolean nextDeterminer = ctx.has(j, "ART") || ctx.has(j, "PPOSAT") || ctx.has(j, "PDAT");
        boolean finalInClause = isFinalInClause(next);
        String subject = null;
        boolean subjectDone = false;
        int zuInf = 0;
        int auxBefore = 0;
        int modalBefore = 0;
        Reading best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Reading r : readings) {
            int score = 0;
            String p = r.pos();
            boolean exactCase = r.lemma().isEmpty() || Character.isUpperCase(r.lemma().charAt(0)) == capital;
            if (capital && !start) {
                if (p.equals("NN")) score += 30;
                else if (p.equals("NE")) score += 28;
                else score -= 20;
            }
            if (capital && start && (p.equals("NN") || p.equals("NE"))) {
                // "Ich glaube", "Habe nie gesagt", "Andere ukrainische": a lower-case word follows a function word
                score += nextIsNoun || next.isEmpty() || !Character.isLetter(next.charAt(0)) ? (exactCase ? 5 : 0) : -5;
            }
            if (capital && !start && p.equals("ADJA") && nextIsNoun) score += 55;   // "Internationalen Strafgerichtshofs"
            if (!capital && (p.equals("NN") || p.equals("NE"))) score -= 30;
            if (exactCase) score += 2;
            // determiners and prepositions come before nouns, adjectives
            if (prevPos.equals("ART") || prevPos.equals("APPRART") || prevPos.equals("PPOSAT") || prevPos.equals("PDAT") || prevPos.equals("PIAT")) {
                if (p.equals("ADJA") || p.equals("NN") || p.equals("NE")) score += 10;
                if (p.startsWith("V") || p.equals("ART")) score -= 10;
            }
            if (w.equalsIgnoreCase("zu")) {
                if (p.equals("APPR")) score += 5;
                if (isInfinitive(ctx, j)) { if (r.tag().equals("ZUS")) score += 20; }
            }
            if (p.equals("ART")) score += nextIsNoun || nextAdja ? 8 : (finalInClause || nextFiniteVerb) ? -6 : 0;
            if (p.equals("PPOSAT") && (nextIsNoun || nextAdja)) score += 8;
            if (p.equals("APPR") && !w.equals("als") && (nextIsNoun || nextAdja || nextDeterminer)) score += 4;
            if (p.equals("ADJA")) score += nextIsNoun ? 5 : nextAdja ? 0 : -12;
            if (p.equals("ADJA") && r.tag().startsWith("PA2") && ctx.infos()[i].has("VVFIN")) {
                // "erklärte Chirac" is a verb, "die erklärte Absicht" an adjective
                score += NOUN_PHRASE_BEFORE.contains(prevPos) ? 5 : -8;
            }
            if (p.endsWith("IMP")) score -= 8;
            if (p.endsWith("FIN") && "2".equals(r.morphology().person())) score -= 3;   // news rarely addresses "ihr"/"du"
            if (p.equals("NN") && r.tag().endsWith(":INF")) score -= 3;   // "Tagen" is more often Tag than the verb noun
            if (r.tag().endsWith(":NON")) score += 1;                      // strong verbs: "dachte" is denken, not dachen
            if (p.equals("KOUI")) {
                if (zuInf == 0) zuInf = zuInfinitiveFollows(ctx, i) ? 1 : -1;
                score += zuInf > 0 ? 12 : -12;
            }
            if (p.equals("KON") && r.tag().contains("PRI")) score -= 10;
            if (p.equals("PTKVZ")) score += finalInClause ? 6 : -1;
            if (p.equals("ADJD") && r.tag().contains(":KOM")) score -= 2;   // "weiter" as adverb rather than comparative of "weit"
            if ((p.startsWith("PD") || p.equals("PPER") || p.startsWith("PREL")) && nextIsNoun) score -= 5;
            if (p.equals("PRELS") && prev.equals(",")) score += 6;
            if (p.equals("KOKOM") && w.equalsIgnoreCase("am")) score -= 20;
            if (p.endsWith("FIN")) {
                String person = r.morphology().person();
                if (!subjectDone) { subject = subject(forms, i); subjectDone = true; }
                if (subject != null) {
                    if (person != null && person.equals(personOf(subject))) score += 6;
                } else if ("3".equals(person)) score += 2;
                if ("IMP".equals(r.morphology().mood())) score -= 10;
                if ("IND".equals(r.morphology().mood())) score += 1;
                if (prevPos.startsWith("VM") || prevPos.startsWith("VA")) score -= 2;
            }
            if (p.endsWith("INF") && (prev.equals("zu") || finalInClause || nextFiniteAux)) score += 4;
            if (p.endsWith("INF") && finalInClause) {
                if (modalBefore == 0) modalBefore = modalBefore(forms, pos, i) ? 1 : -1;
                if (modalBefore > 0) score += 3;                                // "werde gewinnen", "könnten ... gewinnen."
            }
            if (p.endsWith("FIN") && nextFiniteAux) score -= 4;
            if (p.equals("VVPP") || p.equals("VAPP") || p.equals("VMPP")) {
                if (auxBefore == 0) auxBefore = auxiliaryBefore(forms, pos, i) ? 1 : -1;
                score += (finalInClause ? 3 : 1) + (auxBefore > 0 ? 6 : 0);
            }
            if (r.tag().startsWith("VER:") && r.tag().contains(":AUX") && p.endsWith("FIN")) score += 1;
            if (p.equals("ADV") && !capital) score += 1;
            if (p.equals("PIS") || p.equals("PIAT")) score -= 1;
            if (score > bestScore) { best = r; bestScore = score; }
        }
        return best;
    }

    /** Distinctions the dictionary does not make: APPRART, separable particle vs adverb. */
    private Reading refine(Reading r, Context ctx, int i) {
        String[] forms = ctx.forms();
        String w = forms[i];
        String next = i + 1 < forms.length ? forms[i + 1] : "";
        if (r.guessed() && i > 0 && Character.isUpperCase(w.charAt(0))
                && ctx.infos()[i - 1].nameClasses().contains(org.newsgraph.model.NameClass.FIRST_NAME)
                && Character.isUpperCase(forms[i - 1].charAt(0))) {
            // an unknown word after a first name is a surname, not a compound noun: "Roderich Kiesewetter"
            return new Reading(w, r.tag(), "NE", r.morphology(), r.nameClasses(), true);
        }
        if (r.pos().equals("PPER") || r.pos().equals("PRF")) {
            // personal pronouns keep their own form as lemma ("er", "sie", "wir"), as in TIGER and UD
            return new Reading(w.toLowerCase(Locale.ROOT), r.tag(), r.pos(), r.morphology(), r.nameClasses(), false);
        }
        if (NUMBER_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !r.pos().equals("ART") && !r.pos().startsWith("P")) {
            return new Reading(w.toLowerCase(Locale.ROOT), "ZAL", "CARD", Morphology.NONE, r.nameClasses(), false);
        }
        if (APPRART.contains(w.toLowerCase(Locale.ROOT)) && r.pos().equals("APPR")) {
            return new Reading(r.lemma(), r.tag(), "APPRART", r.morphology(), r.nameClasses(), false);
        }
        if ((r.pos().equals("ADJA") || r.pos().equals("ADJD")) && ORDINAL.matcher(r.lemma()).matches()) {
            // ordinals are lemmatised without the ending, as in the UD and TIGER treebanks: "erste" → "erst"
            return new Reading(r.lemma().substring(0, r.lemma().length() - 1), r.tag(), r.pos(), r.morphology(), r.nameClasses(), r.guessed());
        }
        if (w.equals("zu") && isInfinitive(ctx, i + 1)) {
            return new Reading("zu", r.tag(), "PTKZU", Morphology.NONE, r.nameClasses(), false);
        }
        if (r.pos().equals("PTKVZ") && !isFinalInClause(next)) {
            return new Reading(r.lemma(), r.tag(), "ADV", r.morphology(), r.nameClasses(), r.guessed());
        }
        return r;
    }

    /** A finite auxiliary earlier in the clause: "wurde ... geliefert", "hat ... bestellt". */
    private static boolean auxiliaryBefore(String[] forms, String[] pos, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 15); k--) {
            String p = pos[k];
            if (p == null || p.equals("$.")) return false;
            if (p.equals("VAFIN")) return true;
        }
        return false;
    }

    /** A finite modal or "werden" earlier in the clause. */
    private static boolean modalBefore(String[] forms, String[] pos, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 15); k--) {
            String p = pos[k];
            if (p == null || p.equals("$.") || p.equals("$,")) return false;
            if (p.equals("VMFIN") || (p.equals("VAFIN") && forms[k].toLowerCase(Locale.ROOT).startsWith("w"))) return true;
        }
        return false;
    }

    private static boolean zuInfinitiveFollows(Context ctx, int i) {
        String[] forms = ctx.forms();
        for (int k = i + 1; k < Math.min(forms.length, i + 12); k++) {
            String f = forms[k];
            if (f.equals(".") || f.equals(",") || f.equals(";")) return false;
            if (f.equals("zu") && isInfinitive(ctx, k + 1)) return true;
            if (ctx.has(k, "VVIZU")) return true;
        }
        return false;
    }

    /** Guessed readings: genitive -s of a name that occurs in the document. */
    private Reading guessed(Reading r, String w, Set<String> docForms) {
        if (r.guessed() && w.length() > 3 && w.endsWith("s") && Character.isUpperCase(w.charAt(0))) {
            String stem = w.substring(0, w.length() - 1);
            if (docForms.contains(stem) || lexicon.lookup(stem).stream().anyMatch(x -> x.isName() || x.isNoun())) {
                return new Reading(stem, "EIG:GEN:SIN", "NE", new Morphology("GEN", "SIN", null, null, null, null), Set.of(), true);
            }
        }
        return r;
    }

    private static String subject(String[] forms, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String f = forms[k].toLowerCase(Locale.ROOT);
            if (f.equals("ich") || f.equals("wir") || f.equals("du") || f.equals("ihr") || THIRD_PERSON.contains(f)) return f;
            if (f.equals(",") || f.equals(".")) break;
        }
        for (int k = i + 1; k < Math.min(forms.length, i + 3); k++) {
            String f = forms[k].toLowerCase(Locale.ROOT);
            if (f.equals("ich") || f.equals("wir") || f.equals("du") || f.equals("ihr") || THIRD_PERSON.contains(f)) return f;
        }
        return null;
    }

    private static String personOf(String pronoun) {
        switch (pronoun) {
            case "ich": case "wir": return "1";
            case "du": case "ihr": return "2";
            default: return "3";
        }
    }

    private static boolean isInfinitive(Context ctx, int k) {
        return ctx.lowerCase(k) && (ctx.has(k, "VVINF") || ctx.has(k, "VAINF") || ctx.has(k, "VMINF"));
    }

    private boolean startsNoun(String form) {
        return !form.isEmpty() && Character.isUpperCase(form.charAt(0));
    }

    private static boolean isFinalInClause(String next) {
        return next.isEmpty() || next.equals(".") || next.equals(",") || next.equals("!") || next.equals("?")
                || next.equals("»") || next.equals("“") || next.equals("und") || next.equals("oder") || next.equals("-");
    }
}
