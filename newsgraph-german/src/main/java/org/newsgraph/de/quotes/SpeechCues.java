package org.newsgraph.de.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Medium;

/**
 * The verbs and prepositions that introduce reported statements (resource {@code cues.tsv}).
 * Immutable and shared.
 */
public final class SpeechCues {
    /** What a cue verb says about its statement. */
    public record Verb(String lemma, Medium medium, boolean reported) {
    }

    /** "zeigte sich zufrieden": showing oneself pleased or concerned, a stance rather than a verb of saying. */
    static final Verb STANCE = new Verb("zeigen", Medium.SPEECH, false);

    /** "wurde bekannt", "Wie bekannt wurde": a statement made public, in writing. */
    static final Verb BECOME_KNOWN = new Verb("bekanntwerden", Medium.WRITING, false);

    /** Nouns after "nach" that make "nach Angaben der Polizei" a source ("nach Worten Selenskyjs"). */
    static final Set<String> SOURCE_NOUNS = Set.of("Angabe", "Angaben", "Wort", "Worten", "Information", "Informationen",
            "Ansicht", "Auffassung", "Meinung", "Einschätzung", "Darstellung", "Aussage", "Aussagen", "Bericht", "Berichten",
            "Schätzung", "Schätzungen", "Erkenntnis", "Erkenntnissen", "Überzeugung", "Einschätzungen", "Mitteilung",
            "Polizeiangaben", "Behördenangaben", "Medienberichten", "Presseberichten", "Zeitungsberichten", "Berechnungen",
            "Worte", "Vermutung", "Auskunft");

    private static final List<String> SOURCE_ENDINGS = List.of("angaben", "bericht", "berichten", "berichtes", "informationen",
            "stellungnahme", "mitteilung", "meldung", "meldungen", "aussage", "aussagen", "erkenntnissen", "schätzungen",
            "darstellung", "einschätzung", "auskunft", "recherchen", "umfrage", "zählung", "ermittlungen", "worten",
            "analyse", "studie", "prognose", "vorhersage", "untersuchung", "gutachten", "nachricht", "meinung", "ansicht",
            "auffassung", "vernehmen", "hochrechnung", "quellen", "medien", "aussagen", "berechnungen", "daten",
            "untersuchungen", "studien", "analysen", "ermittlungsstand", "kenntnisstand", "sicht", "idee", "vorstellung",
            "plänen", "entwurf", "angaben", "zeugenaussagen", "berichte", "dokumenten", "unterlagen", "erfahrungen",
            "schilderungen", "beobachtungen", "vermutungen", "schätzung", "umfragen", "statistik", "zahlen",
            "grundgesetz", "verfassung", "urteil", "endergebnis", "planungen", "hinweis",
            // documents and written statements: "Nach einem EU-Dokument", "nach einem Positionspapier", "nach eigenem Bekunden"
            "dokument", "dokuments", "papier", "papiers", "protokoll", "protokolls", "veröffentlichung", "bekunden", "plan", "plans");

    private final Map<String, Verb> verbs;

    private SpeechCues(Map<String, Verb> verbs) {
        this.verbs = Map.copyOf(verbs);
    }

    public static SpeechCues load() {
        try (InputStream in = SpeechCues.class.getResourceAsStream("cues.tsv")) {
            if (in == null) throw new IllegalStateException("resource org/newsgraph/de/quotes/cues.tsv is missing");
            Map<String, Verb> m = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                m.put(f[0], new Verb(f[0], Medium.fromJson(f[1]), f[2].equals("yes")));
            }
            return new SpeechCues(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cue verb with this lemma (particle already prefixed: "mitteilen"), or null. */
    public Verb verb(String lemma) {
        return lemma == null ? null : verbs.get(lemma);
    }

    /** Nouns that name a source after "nach" or before "zufolge". */
    static boolean isSourceNoun(String word) {
        if (SOURCE_NOUNS.contains(word)) return true;
        String l = word.toLowerCase(java.util.Locale.ROOT);
        for (String end : SOURCE_ENDINGS) if (l.endsWith(end)) return true;
        return false;
    }
}
