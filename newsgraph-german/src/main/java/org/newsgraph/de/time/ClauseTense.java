package org.newsgraph.de.time;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Morphology;
import org.newsgraph.model.Token;

/**
 * Reads the tense of the clause around a span from the finite verbs' morphology: preterite and
 * perfect (haben/sein + participle) are past; "werden" + infinitive, a modal or "werden" in
 * Konjunktiv II ("stattfinden könnte", "würde") and modals with an infinitive are future or
 * hypothetical; anything else is present. The clause is the stretch between commas, colons,
 * dashes, semicolons and quotation marks around the span; when it has no finite verb, the sentence.
 */
final class ClauseTense {
    private static final Set<String> MODALS = Set.of("können", "sollen", "müssen", "dürfen", "wollen", "werden", "mögen");
    private static final Set<String> AUXILIARIES = Set.of("haben", "sein");
    /** Modals that with an infinitive in the present point ahead ("soll stattfinden", "will reisen"). */
    private static final Set<String> INTENT = Set.of("sollen", "wollen", "müssen", "werden");

    private ClauseTense() {
    }

    /** Tense for the tokens {@code [from, to)} of the sentence tokens {@code sentence} (indices into it). */
    static Tense of(AnalyzedArticle doc, List<Token> sentence, int from, int to) {
        int b = from, e = to;
        while (b > 0 && !isBoundary(doc, sentence.get(b - 1))) b--;
        while (e < sentence.size() && !isBoundary(doc, sentence.get(e))) e++;
        Tense t = tenseOf(doc, sentence.subList(b, e));
        return t != null ? t : tenseOrPresent(doc, sentence);
    }

    private static Tense tenseOrPresent(AnalyzedArticle doc, List<Token> tokens) {
        Tense t = tenseOf(doc, tokens);
        return t == null ? Tense.PRESENT : t;
    }

    private static boolean isBoundary(AnalyzedArticle doc, Token t) {
        String pos = t.pos();
        if (pos == null) return false;
        if (pos.equals("$,") || pos.equals("$.")) return true;
        if (pos.equals("$(")) {
            String s = doc.text(t);
            return !s.equals("(") && !s.equals(")") && !s.equals("/");
        }
        return false;
    }

    /** Null when the tokens hold no finite verb. */
    private static Tense tenseOf(AnalyzedArticle doc, List<Token> tokens) {
        boolean finite = false, past = false, future = false, intent = false, participle = false, infinitive = false,
                perfectAux = false;
        for (Token t : tokens) {
            String pos = t.pos();
            if (pos == null) continue;
            if (pos.equals("VVPP") || pos.equals("VAPP") || pos.equals("VMPP")) participle = true;
            if (pos.endsWith("INF") || pos.equals("VVIZU")) infinitive = true;
            if (!pos.endsWith("FIN")) continue;
            finite = true;
            Morphology m = t.morphology();
            String lemma = t.lemma() == null ? "" : t.lemma();
            if ("KJ2".equals(m.mood()) && MODALS.contains(lemma)) future = true;
            else if (INTENT.contains(lemma) && "PRÄ".equals(m.tense())) intent = true;
            else if ("PRT".equals(m.tense()) && !"KJ2".equals(m.mood())) past = true;
            else if (AUXILIARIES.contains(lemma) && "PRÄ".equals(m.tense())) perfectAux = true;
        }
        if (!finite) return null;
        if (past) return Tense.PAST;
        if (future) return Tense.FUTURE;
        // "wird ... kommen" is future, "wird ... gesehen" a present passive
        if (intent && infinitive) return Tense.FUTURE;
        if (perfectAux && participle) return Tense.PAST;
        return Tense.PRESENT;
    }
}
