package org.newsgraph.de.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Medium;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Finds the statements of one article from tokens, parts of speech and mood alone: direct quotes
 * between quotation marks, indirect speech after verbs of saying and source prepositions ("laut",
 * "zufolge", "nach Angaben"), reported speech, and subjunctive sentences that continue a statement.
 * Works in one left-to-right pass over sentences (linear in the article length). Not thread-shared:
 * one instance per article.
 */
final class QuoteFinder {
    /** A statement found, with token ranges [from, to) for speaker and addressee. */
    static final class Found {
        final List<int[]> parts = new ArrayList<>();   // char spans
        final List<int[]> cue = new ArrayList<>();     // char spans
        QuoteType type;
        int[] speaker;    // char span or null
        int[] addressee;  // char span or null
        int[] outletHint; // char span of a quoted name or PP naming where it appeared, or null
        Medium medium = Medium.SPEECH;
        boolean needsSpeaker; // a direct quote without attribution of its own
        boolean guessedSpeaker; // the speaker came from a fallback subject rule: not enough to share the cue onwards
        boolean partial;      // a direct quote inside a sentence of the narrator ("verlangte eine «…»")
        Frame sharedFrame;    // the frame a partial quote shares with the statement around it
        List<int[]> frameCue = List.of(); // of a continuation (free indirect): the cue of the statement it goes back to
        int[] leadClause;     // tokens [from, to) of the clause a quote ends before a postposed frame ("Die Lage sei «…», so X"), or null
        int sentence;         // index of the sentence it ends in
        String origin;        // the rule family that found it (see run()), a feature of the QuoteVerifier

        int begin() { return parts.get(0)[0]; }
        int end() { return parts.get(parts.size() - 1)[1]; }
    }

    private static final Set<String> COMPLEMENTIZERS = Set.of("dass", "daß", "ob", "wie", "warum", "weshalb", "weswegen", "wieso",
            "wann", "wo", "wer", "was", "welche", "welcher", "welches", "inwieweit", "inwiefern", "wonach", "damit");
    private static final Set<String> KJ2_REPORT = Set.of("wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten",
            "müsste", "müssten", "dürfte", "dürften");
    private static final Set<String> TIME_NOUNS = Set.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
            "Sonntag", "Sonnabend", "Wochenende", "Abend", "Morgen", "Mittag", "Nachmittag", "Vormittag", "Rande", "Telefon", "Ende");
    private static final Set<String> DEFINITE = Set.of("der", "dem", "den", "des");
    private static final Set<String> PP_IN_NAMES = Set.of("für", "aus", "bei", "beim", "zur", "zum");
    private static final Set<String> CONTRAST = Set.of("doch", "aber", "während", "sondern", "jedoch");
    private static final Set<String> DEMONSTRATIVES = Set.of("dies", "das", "dieses");
    private static final Set<String> DENIALS = Set.of("bestreiten", "abstreiten", "dementieren", "zurückweisen", "widersprechen", "leugnen");
    private static final Set<String> RELATIVE_ARTICLES = Set.of("der", "die", "das", "welcher", "welche");
    private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "der", "eines", "einer", "einiger", "mehrerer", "vieler",
            "aller", "dieser", "dieses", "jener", "seiner", "seines", "ihrer", "ihres", "unserer");
    private static final Set<String> VERB_LOOKALIKES = Set.of("einen", "einigen", "meinen", "deinen");
    private static final Set<String> REPORT_KJ2 = Set.of("hätten", "wären");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("er", "sie", "ich", "wir", "ihr", "man", "dieser", "diese", "jener",
            "der", "die", "beide", "alle", "viele", "einige", "mehrere", "andere");
    private static final Set<String> NAME_FUNCTION_WORDS = Set.of("am", "im", "und", "der", "die", "das", "des", "von", "vom",
            "for", "of", "the", "de", "and");
    private static final java.util.Map<String, String> CUE_PREPOSITIONS = java.util.Map.ofEntries(
            java.util.Map.entry("bezeichnen", "als"), java.util.Map.entry("würdigen", "als"), java.util.Map.entry("werten", "als"),
            java.util.Map.entry("einstufen", "als"), java.util.Map.entry("loben", "als"), java.util.Map.entry("kritisieren", "als"),
            java.util.Map.entry("charakterisieren", "als"), java.util.Map.entry("beschreiben", "als"), java.util.Map.entry("ansehen", "als"),
            java.util.Map.entry("betrachten", "als"), java.util.Map.entry("verurteilen", "als"), java.util.Map.entry("zurückweisen", "als"),
            java.util.Map.entry("feiern", "als"), java.util.Map.entry("darstellen", "als"), java.util.Map.entry("begrüßen", "als"),
            java.util.Map.entry("abtun", "als"), java.util.Map.entry("warnen", "vor"), java.util.Map.entry("sprechen", "von"),
            java.util.Map.entry("begründen", "mit"), java.util.Map.entry("drohen", "mit"), java.util.Map.entry("rechnen", "mit"),
            java.util.Map.entry("aufrufen", "zu"), java.util.Map.entry("auffordern", "zu"), java.util.Map.entry("raten", "zu"));
    private static final java.util.regex.Pattern PRONOMINAL_ADVERB = java.util.regex.Pattern.compile(
            "da(r)?(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)");
    /** Pronominal adverbs the gold data counts into the cue of the verb they stand before ("davon ausgegangen"), unlike "dabei", "dagegen". */
    private static final Set<String> GOVERNED_ADVERBS = Set.of("davon", "darauf", "darüber", "darum", "daran", "davor");
    private static final Set<String> STANCE_ADJECTIVES = Set.of("zuversichtlich", "überzeugt", "sicher", "optimistisch",
            "besorgt", "skeptisch", "zufrieden", "enttäuscht", "empört", "erleichtert");
    private static final Set<String> OPINION_NOUNS = Set.of("Meinung", "Ansicht", "Auffassung", "Überzeugung", "These", "Position");
    private static final Set<String> OPINION_LEMMAS = Set.of("werden", "sein", "vertreten", "halten", "teilen");
    private static final Set<String> OPINION_OBJECT_VERBS = Set.of("äußern", "üben", "haben", "hegen");
    /** Verbs of judging that point with the correlate "es" to a clause: "sah es als erwiesen an, dass …". */
    private static final Set<String> JUDGING_VERBS = Set.of("sehen", "ansehen", "betrachten", "erachten", "empfinden", "werten", "bewerten");
    /** "zwei Monate nach dem Urteil", "kurz nach der Mitteilung": "nach" of time, not of a source. */
    private static final Set<String> AFTER_TIME = Set.of("kurz", "bald", "unmittelbar", "gleich", "direkt", "erst", "tage", "wochen",
            "monate", "jahre", "stunden", "minuten", "tag", "woche", "monat", "jahr");
    private static final Set<String> CONCLUSION_NOUNS = Set.of("Ergebnis", "Schluss", "Schlussfolgerung");
    private static final Set<String> STANCE_NOUNS = Set.of("Zweifel", "Kritik", "Bedenken", "Sorge", "Sorgen", "Hoffnung", "Befürchtungen");
    private static final java.util.regex.Pattern ZU_INFINITIVE = java.util.regex.Pattern.compile(
            "(ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|hin|hoch|los|mit|nach|statt|teil|um|vor|voran|vorbei|weg|weiter|wieder|zu|zurück|zusammen)zu\\p{L}{3,}en");
    // conjunctions opening a verb-final clause; the tagger reads some of them as adverb or preposition
    private static final Set<String> SUBORDINATORS = Set.of("während", "da", "als", "weil", "nachdem", "obwohl", "seitdem", "sobald", "wobei", "womit", "worin");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "denen",
            "welcher", "welche", "welches", "welchem", "welchen");
    private static final Set<String> PREFIELD_SOURCES = Set.of("in", "im", "aus", "auf", "von", "vom", "bei", "beim");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "del", "da", "di", "al", "el", "bin", "ibn", "la", "le", "dos", "du");
    private static final Set<String> NOMINATIVE_PRONOUNS = Set.of("er", "ich", "wir", "man");
    // head nouns of phrases that name a speaker: offices, authorities, organisations, reports
    private static final java.util.regex.Pattern SPEAKING_HEAD = java.util.regex.Pattern.compile(
            "(minister|präsident|sprecher|chef|vorsitzende|polizei|regierung|anwaltschaft|bericht|institut|unternehmen|kommission"
            + "|gericht|behörde|partei|verband|ministerium|fraktion|organisation|experte|mitarbeiter)(in|innen|en|n|s|es)?$");
    // focus particles before the subject in the prefield ("Einzig Sony gab bekannt")
    private static final Set<String> FOCUS_PARTICLES = Set.of("einzig", "nur", "selbst", "sogar", "allein", "lediglich", "gerade",
            "besonders", "insbesondere", "zumindest", "ausgerechnet");
    // articles and determiners that never open a nominative phrase ("Den Flüchtlingen sicherte Präsident Gusmão zu", "Ihren
    // Widersacher forderte die Premierministerin auf", "Diesem Vorschlag stimmte der Rat zu": the dative and accusative in -en/-em)
    private static final Set<String> OBJECT_ARTICLES = Set.of("Den", "Dem", "Einen", "Einem", "Diesen", "Diesem", "Jenen", "Jenem",
            "Keinen", "Keinem", "Meinen", "Meinem", "Deinen", "Deinem", "Seinen", "Seinem", "Ihren", "Ihrem", "Unseren", "Unserem",
            "Euren", "Eurem");
    private static final java.util.regex.Pattern DOCUMENT_HEAD = java.util.regex.Pattern.compile(
            "(bericht|mitteilung|erklärung|resolution|schreiben|studie|brief|urteil|gutachten|stellungnahme|papier|dokument"
            + "|entwurf|analyse|interview|konferenz)(s|es|en|n)?$");
    private static final Set<String> NOT_SUBJECT = Set.of("es", "sich", "ihm", "ihn", "ihnen", "uns", "mir", "dir", "euch", "mich");

    /** How far back a quote without attribution looks for the speaker of the statement before it. */
    static final int INHERIT_PARAGRAPHS = 0, INHERIT_SENTENCES = 6;
    /** How far back a sentence in reported mood looks for whose statement it continues. */
    static final int CONTINUE_PARAGRAPHS = 1;

    private final AnalyzedArticle doc;
    private final String text;
    private final List<Token> toks;
    private final SpeechCues cues;
    private final int[] sentStart, sentEnd, sentOf, paraOf;
    private final String[] words;    // token texts, cut once
    private final String[] lower;
    private String[] repaired;       // per token: lemma of a verb of saying mis-tagged as adjective, else null
    private String[] determiners;    // per token: the tag of "eine"/"einige" mis-tagged as verb, else null
    private final int[] directOf;    // per token: index into marks of the quote it is inside (content or mark), -1
    private final boolean[] used;    // tokens already taken as a cue, speaker or statement
    private final List<Mark> marks = new ArrayList<>();
    private final List<Found> found = new ArrayList<>();

    /** A pair of quotation marks as token indices: open/close mark tokens, content [first, last]. */
    private record Mark(int open, int close, int first, int last, int charOpen, int charClose, boolean name) {
    }

    QuoteFinder(AnalyzedArticle doc, SpeechCues cues) {
        this.doc = doc;
        this.text = doc.text();
        this.toks = doc.tokens();
        this.cues = cues;
        int n = toks.size();
        List<Sentence> sents = doc.sentences();
        sentStart = new int[sents.size()];
        sentEnd = new int[sents.size()];
        sentOf = new int[n];
        paraOf = new int[sents.size()];
        java.util.Arrays.fill(sentOf, -1);
        List<Section> sections = doc.article().sections();
        int sec = 0;
        for (int s = 0; s < sents.size(); s++) {
            Sentence se = sents.get(s);
            int a = doc.firstTokenAtOrAfter(se.begin()), b = a;
            while (b < n && toks.get(b).begin() < se.end()) b++;
            sentStart[s] = a;
            sentEnd[s] = b;
            for (int i = a; i < b; i++) sentOf[i] = s;
            while (sec < sections.size() && sections.get(sec).end() <= se.begin()) sec++;
            paraOf[s] = sections.isEmpty() ? paragraphByBlankLines(se.begin()) : sec;
        }
        words = new String[n];
        lower = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = text.substring(toks.get(i).begin(), toks.get(i).end());
            lower[i] = words[i].toLowerCase(Locale.ROOT);
        }
        repaired = repairVerbs();
        determiners = determinersReadAsVerbs();
        directOf = new int[n];
        java.util.Arrays.fill(directOf, -1);
        used = new boolean[n];
    }

    private int paragraphByBlankLines(int offset) {
        int p = 0;
        for (int i = text.indexOf("\n\n"); i >= 0 && i < offset; i = text.indexOf("\n\n", i + 2)) p++;
        return p;
    }

    List<Found> run() {
        findMarks();
        for (int m = 0; m < marks.size(); m++) {
            if (!marks.get(m).name()) direct(m);
        }
        origins("mark");
        headlines();
        origins("headline");
        for (int s = 0; s < sentStart.length; s++) indirect(s);
        origins("verb");
        objectStatements();
        origins("object");
        clausesBeforeFrames();
        origins("before-frame");
        demonstrativeFrames();
        origins("demonstrative");
        reportedByJudge();
        origins("judge");
        found.sort(Comparator.comparingInt(Found::begin));
        inheritAndContinue();
        origins("continuation");
        found.sort(Comparator.comparingInt(Found::begin));
        nestedSpeakers();
        return found;
    }

    /** Marks the statements the last rule family added with its name (for the QuoteVerifier). */
    private void origins(String family) {
        for (Found f : found) if (f.origin == null) f.origin = family;
    }

    /** The paragraph (section) of a sentence. */
    int paragraphOf(int sentence) {
        return paraOf[sentence];
    }

    // ---------------------------------------------------------------- tokens

    private String w(int i) { return words[i]; }
    private String lw(int i) { return lower[i]; }
    private String pos(int i) {
        if (repaired != null && repaired[i] != null) return "VVFIN";
        if (determiners != null && determiners[i] != null) return determiners[i];
        String p = toks.get(i).pos();
        return p == null ? "" : p;
    }

    private String lemma(int i) {
        if (repaired != null && repaired[i] != null) return repaired[i];
        String l = toks.get(i).lemma();
        return l == null ? w(i) : l;
    }

    /**
     * "Einige kleinere Parteien haben angekündigt": "eine", "einige" before an adjective or noun that the tagger read as
     * forms of "einen"/"einigen" are determiners, so the phrase can be a subject; their tag (ART, PIAT), else null.
     */
    private String[] determinersReadAsVerbs() {
        String[] fixed = new String[toks.size()];
        for (int i = 0; i + 1 < toks.size(); i++) {
            String p = toks.get(i).pos(), next = toks.get(i + 1).pos();
            if (!"VVFIN".equals(p) || repaired[i] != null || next == null || !VERB_LOOKALIKES.contains(toks.get(i).lemma())) continue;
            if (!(lw(i).equals("eine") || lw(i).equals("einige"))) continue;
            if (next.equals("ADJA") || next.startsWith("NN") || next.equals("CARD")) fixed[i] = lw(i).equals("eine") ? "ART" : "PIAT";
        }
        return fixed;
    }

    /**
     * Past-tense verbs of saying the tagger read as adjectives ("der bekräftigte, dass", "», erklärte Oliver"):
     * a lowercase "-te(n)" adjective not followed by a noun whose stem is a cue verb; their lemma, else null.
     */
    private String[] repairVerbs() {
        String[] out = new String[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            String p = toks.get(i).pos();
            if (p == null || !(p.equals("ADJA") || p.equals("ADJD"))) continue;
            String x = w(i);
            if (x.isEmpty() || !Character.isLowerCase(x.charAt(0))) continue;
            String stem = x.endsWith("ten") ? x.substring(0, x.length() - 3) : x.endsWith("te") ? x.substring(0, x.length() - 2) : null;
            // "berichtete", "antwortete": a stem ending in -t or -d takes "-ete"
            if (stem != null && cues.verb(stem + "en") == null && stem.endsWith("e") && cues.verb(stem + "n") != null) {
                stem = stem.substring(0, stem.length() - 1);
            }
            if (stem == null || cues.verb(stem + "en") == null) continue;
            // "«…», erklärte McClaren": right after a quotation and its comma the word is the verb of the frame
            boolean afterQuote = i >= 2 && w(i - 1).equals(",") && "»«“”\"‘’›‹".contains(w(i - 2));
            if (i + 1 < toks.size() && !afterQuote) {
                String np = toks.get(i + 1).pos();
                if (np != null && (np.startsWith("NN") || np.startsWith("ADJ"))) continue;
            }
            out[i] = stem + "en";
        }
        return out;
    }
    private boolean finite(int i) { return pos(i).endsWith("FIN") || repaired[i] != null; }
    private String mood(int i) { return toks.get(i).morphology().mood(); }
    private boolean isPunct(int i) { return pos(i).startsWith("$") || w(i).length() == 1 && !Character.isLetterOrDigit(w(i).charAt(0)); }
    private boolean is(int i, String word) { return i >= 0 && i < words.length && words[i].equalsIgnoreCase(word); }

    private boolean nominal(int i) {
        String p = pos(i);
        if (p.startsWith("NN") || p.startsWith("NE") || p.equals("FM") || p.equals("XY") || p.equals("TRUNC")) return true;
        String x = w(i);
        return p.isEmpty() && !x.isEmpty() && Character.isUpperCase(x.charAt(0));
    }

    /** "Günther Platter" with "Platter" tagged as adjective: a capitalised word after a name continues it. */
    /** "Bayer 04 Leverkusen", "vom November 2011": a number after a name or noun, not before another noun. */
    private boolean numberInName(int i, int end) {
        // a number word ("zwei") starts a new phrase; names and dates carry digits
        return pos(i).equals("CARD") && Character.isDigit(w(i).charAt(0)) && (pos(i - 1).startsWith("NE") || pos(i - 1).startsWith("NN"))
                && !(i + 1 < end && pos(i + 1).startsWith("NN"));
    }

    /** "Thomas de Maizière", "Hassan al-Turabi": a lowercase particle between two parts of a name. */
    private boolean particleInName(int i, int end) {
        return NAME_PARTICLES.contains(w(i)) && pos(i - 1).startsWith("NE") && i + 1 < end && pos(i + 1).startsWith("NE");
    }

    private boolean capitalisedInName(int i) {
        String x = w(i);
        return !x.isEmpty() && Character.isUpperCase(x.charAt(0)) && pos(i - 1).startsWith("NE")
                && (pos(i).startsWith("ADJ") || pos(i).startsWith("VV"));
    }

    /**
     * "Yona Metzger", "Mohammed el-Baradei": the tagger often reads the surname after a first name as a noun or
     * adjective; a capitalised word or an "el-"/"al-" form after a name part continues the name.
     */
    private boolean laterNamePart(int i) {
        String x = w(i);
        if (x.isEmpty() || !pos(i - 1).startsWith("NE") || finite(i)) return false;
        if (x.matches("(?:al|el|ad|ar|as|at|ash|bin|ben|ibn|abu)-\\p{Lu}.*")) return true;
        return Character.isUpperCase(x.charAt(0)) && (pos(i).startsWith("NN") || pos(i).startsWith("ADJ"));
    }

    private boolean reportMood(int i) {
        if (!finite(i)) return false;
        return "KJ1".equals(mood(i)) || KJ2_REPORT.contains(lw(i));
    }

    /** Inside a quotation (not a name in quotation marks). */
    private boolean quoteAt(int i) { return directOf[i] >= 0 && !marks.get(directOf[i]).name(); }

    private int[] chars(int from, int to) { return new int[]{toks.get(from).begin(), toks.get(to - 1).end()}; }

    // ---------------------------------------------------------------- quotation marks

    private void findMarks() {
        List<Section> sections = doc.article().sections();
        List<QuoteMarks.Pair> pairs = new ArrayList<>();
        if (sections.isEmpty()) pairs.addAll(QuoteMarks.find(text, 0, text.length()));
        else for (Section s : sections) pairs.addAll(QuoteMarks.find(text, s.begin(), s.end()));
        for (QuoteMarks.Pair p : pairs) {
            int open = tokenAt(p.open()), close = tokenAt(p.close());
            if (open < 0 || close < 0) continue;
            int first = open, last = close;
            if (toks.get(open).end() <= p.open() + 1) first = open + 1;
            if (toks.get(close).begin() >= p.close()) last = close - 1;
            if (first > last) continue;
            Mark m = new Mark(open, close, first, last, p.open(), p.close(), isName(first, last));
            int idx = marks.size();
            marks.add(m);
            for (int i = open; i <= close; i++) directOf[i] = idx;
        }
    }

    private int tokenAt(int offset) {
        int i = doc.firstTokenAtOrAfter(offset);
        if (i < toks.size() && toks.get(i).begin() == offset) return i;
        if (i > 0 && toks.get(i - 1).begin() <= offset && offset < toks.get(i - 1).end()) return i - 1;
        return -1;
    }

    /** «Handelsblatt», „Der Spiegel“, „Al-Qaida“: a short span of capitalised words without a verb is a name. */
    private boolean isName(int first, int last) {
        if (namingComplement(first)) return false;
        // "des „Red Bull Racing Teams“", "die Unternehmensgruppe „Ener1 Group Inc.“": a short title right after a noun
        int before = first - 2;
        boolean afterNoun = before >= 0 && (pos(before).startsWith("NN") || pos(before).startsWith("NE"));
        if (afterNoun && last - first < 6) {
            boolean verb = false;
            for (int i = first; i <= last; i++) verb |= finite(i) && Character.isLowerCase(w(i).charAt(0));
            if (!verb) return true;
        }
        int words = 0;
        boolean lower = false, lowerContent = false;
        for (int i = first; i <= last; i++) {
            if (finite(i)) return false;
            String x = w(i);
            if (isPunct(i)) {
                if (".!?".contains(x)) return false;
                continue;
            }
            words++;
            if (Character.isLowerCase(x.charAt(0)) && !NAME_FUNCTION_WORDS.contains(x)) {
                lower = true;
                String p = pos(i);
                if (!(p.equals("ART") || p.equals("APPR") || p.equals("APPRART") || p.equals("KON"))) lowerContent = true;
            }
        }
        // "„Oberster Rat zur Wiederherstellung der Demokratie“", "„Fédération Internationale de Football Association“":
        // a longer title is a name too when its only lowercase words are articles, prepositions and conjunctions
        if (words > 4 && words <= 10 && !lowerContent && !Character.isLowerCase(w(first).charAt(0))) return true;
        return words <= 4 && !lower;
    }

    private static final Set<String> ARTICLE_FORMS = Set.of("ein", "eine", "einen", "einem", "einer", "der", "die", "das", "den",
            "dem", "des");

    /**
     * "bezeichnete den Plan als «Wortbruch»", "sprach von einer «Katastrophe»", "nannte den Bericht eine «Zeitungsente»": a
     * quotation after the preposition its clause's cue verb governs, or after the article of the second object of "nennen",
     * is what the speaker called it, not a name ("nennt man einen «Aktiensplit»" names a term, "mit dem «Deutschlandfunk»" is
     * no governed preposition). first: the first content token.
     */
    private boolean namingComplement(int first) {
        int i = first - 2; // the token before the opening mark
        if (i < 0 || sentOf[i] != sentOf[first]) return false;
        boolean article = ARTICLE_FORMS.contains(lw(i));
        if (article) i--;
        String prep = i >= 0 && (is(i, "als") || is(i, "von") || is(i, "vor")) ? lw(i) : null;
        if (prep == null && !article) return false;
        for (int k = i - 1; k >= 0 && k > i - 20 && sentOf[k] == sentOf[first]; k--) {
            if (is(k, ",") || is(k, ":") || is(k, ";") || directOf[k] >= 0) return false;
            if (is(k, "man")) return false;
            if (!pos(k).startsWith("VV")) continue;
            String lem = lemma(k);
            if (cues.verb(lem) == null) continue;
            if (prep != null) return prep.equals(CUE_PREPOSITIONS.get(lem));
            return lem.equals("nennen") && k + 1 < first && !is(k + 1, "man");
        }
        return false;
    }

    // ---------------------------------------------------------------- direct quotes

    private void direct(int mi) {
        Mark m = marks.get(mi);
        if (used[m.first()]) return; // already merged as the second part of an interrupted quote
        Found f = new Found();
        f.type = QuoteType.DIRECT;
        f.parts.add(new int[]{m.charOpen(), m.charClose() + 1});
        f.sentence = sentOf[m.close()];
        int s = sentOf[m.close()];
        int end = s >= 0 ? sentEnd[s] : toks.size();
        // «...», sagte sie (dem «Handelsblatt») [, «...»]
        int t = m.close() + 1;
        if (t < end && is(t, ",")) t++;
        Frame fr = t < end ? frameAt(t, end) : null;
        if (fr != null && fr.spFrom < 0 && fr.end >= end - 1 && s >= 0 && m.open() > sentStart[s]) {
            // "Die Regierung hatte den Bericht als «falsch» zurückgewiesen": a verb-final cue after a partial quote
            // (the tagger reads the participle as finite) takes its subject from the start of the clause
            Frame whole = cueBefore(m.close() + 1, end, false, sentStart[s]);
            if (whole != null && whole.spFrom >= 0) fr = whole;
        }
        if (fr != null) {
            apply(f, fr);
            // "Von einer «…» sprach X", "als «…» bezeichnet": without a comma the quote is the frame verb's object, no clause of its own
            if (s >= 0 && is(m.close() + 1, ",") && leadClauseBefore(sentStart[s], m.open())) f.leadClause = new int[]{sentStart[s], m.close() + 1};
            int after = fr.end;
            if (after < end && is(after, ",") && after + 1 < end && directOf[after + 1] >= 0 && directOf[after + 1] != mi) {
                Mark m2 = marks.get(directOf[after + 1]);
                if (!m2.name() && m2.open() == after + 1) {
                    f.parts.add(new int[]{m2.charOpen(), m2.charClose() + 1});
                    for (int i = m2.open(); i <= m2.close(); i++) used[i] = true;
                    f.sentence = sentOf[m2.close()];
                }
            }
        } else {
            int o = m.open() - 1;
            int so = sentOf[m.open()];
            Frame source;
            if (o >= 0 && is(o, ":") && sentOf[o] >= 0) {
                Frame c = cueBefore(sentStart[sentOf[o]], o, true);
                // "Er glaubt, dass ...: «...»": the frame may carry an indirect statement of its own
                if (c != null) applyShared(f, c);
            } else if (so >= 0 && m.open() > sentStart[so] && (source = sourceBeforeQuote(sentStart[so], m.open())) != null) {
                apply(f, source);
            } else if (so >= 0 && m.open() > sentStart[so]) {
                Frame c = cueBefore(sentStart[so], m.open(), false);
                if (c == null && m.close() + 1 < end) c = cueBefore(m.close() + 1, end, false, sentStart[so]);
                if (c != null) applyShared(f, c);
                f.partial = true;
                f.sharedFrame = c;
                if (c != null && c.cue.get(0) > m.close()) {
                    int fs = c.spFrom >= 0 ? Math.min(c.spFrom, c.cue.get(0)) : c.cue.get(0);
                    if (fs - 1 > m.close() && is(fs - 1, ",") && leadClauseBefore(sentStart[so], m.open())) f.leadClause = new int[]{sentStart[so], fs - 1};
                }
            }
            if (f.speaker == null) f.needsSpeaker = true;
        }
        for (int i = m.open(); i <= m.close(); i++) used[i] = true;
        found.add(f);
    }

    /**
     * "Nach Ansicht von Ministerpräsident X (CDU) «…»", "Seiner Ansicht nach «…»": a source phrase that is all the sentence holds
     * before the quote attributes it (cue the preposition, speaker the phrase, as the gold data marks a source).
     */
    private Frame sourceBeforeQuote(int a, int open) {
        Frame fr = new Frame();
        int np;
        if ((is(a, "nach") || is(a, "laut")) && a + 1 < open) {
            np = is(a, "laut") ? npAfter(a + 1, open) : sourceNpAfter(a + 1, open);
            if (np <= a + 1) return null;
            fr.cue.add(a);
            fr.spFrom = a + 1;
            fr.spTo = np;
        } else if (open - 1 > a && (is(open - 1, "nach") && SpeechCues.isSourceNoun(w(open - 2)) || is(open - 1, "zufolge"))) {
            // "Seiner Ansicht nach «…»", "Dem Sender zufolge «…»"
            np = open - 1;
            if (simpleNp(a, np) != np) return null;
            fr.cue.add(open - 1);
            fr.spFrom = a;
            fr.spTo = np;
            np = open;
        } else {
            return null;
        }
        // "(CDU)" after the name closes the phrase
        if (np < open && is(np, "(")) {
            int j = np + 1;
            while (j < open && !is(j, ")")) j++;
            if (j < open) { np = j + 1; fr.spTo = np; }
        }
        if (np != open) return null;
        fr.end = open;
        return fr;
    }

    /** The attribution of a statement: cue tokens, speaker and addressee token ranges, end of the frame. */
    private static final class Frame {
        final List<Integer> cue = new ArrayList<>();
        int spFrom = -1, spTo = -1, adFrom = -1, adTo = -1, outFrom = -1, outTo = -1;
        int end;
        Medium medium = Medium.SPEECH;
        boolean reported;
        // a candidate of the reported-speech judge: its model was trained on the subject rules without the fallbacks
        // added since (prefieldSubject), so they stay off for it until it is retrained
        boolean judged;
        boolean fallback;   // the speaker came from prefieldSubject or subordinateSubject: enough to attribute a clause, not to propose reported speech
    }

    /** Drops punctuation and leading conjunctions or focus adverbs ("Aber", "auch") around a speaker span. */
    private int[] trimmed(int from, int to) {
        while (from < to && (isPunct(from) && directOf[from] < 0 || pos(from).equals("KON") || is(from, "auch") || is(from, "so"))) from++;
        while (to > from + 1 && (isPunct(to - 1) && directOf[to - 1] < 0 && !closesParenthesis(from, to - 1) || pos(to - 1).equals("ADV"))) to--;
        return to > from ? chars(from, to) : null;
    }

    /** "Kristina Schröder (CDU)": a closing parenthesis whose opening one lies inside the span. */
    private boolean closesParenthesis(int from, int close) {
        if (!is(close, ")")) return false;
        for (int i = close - 1; i >= from; i--) {
            if (is(i, ")")) return false;
            if (is(i, "(")) return true;
        }
        return false;
    }

    private void apply(Found f, Frame fr) {
        for (int c : fr.cue) { f.cue.add(chars(c, c + 1)); used[c] = true; }
        if (fr.spFrom >= 0) { f.speaker = trimmed(fr.spFrom, fr.spTo); mark(fr.spFrom, fr.spTo); }
        f.guessedSpeaker = fr.fallback;
        if (fr.adFrom >= 0) { f.addressee = chars(fr.adFrom, fr.adTo); mark(fr.adFrom, fr.adTo); }
        if (fr.outFrom >= 0) f.outletHint = chars(fr.outFrom, fr.outTo);
        f.medium = fr.medium;
    }

    /** Like apply, but leaves the cue and speaker free for the indirect statement the partial quote sits in. */
    private void applyShared(Found f, Frame fr) {
        for (int c : fr.cue) f.cue.add(chars(c, c + 1));
        if (fr.spFrom >= 0) f.speaker = trimmed(fr.spFrom, fr.spTo);
        f.guessedSpeaker = fr.fallback;
        if (fr.adFrom >= 0) f.addressee = chars(fr.adFrom, fr.adTo);
        f.medium = fr.medium;
    }

    private void mark(int from, int to) { for (int i = from; i < to; i++) used[i] = true; }

    /** A cue right at {@code t}: "sagte er ...", "so Barth", "hieß es in Washington", "teilte X mit". */
    private Frame frameAt(int t, int end) {
        Frame fr = new Frame();
        if (is(t, "so") && t + 1 < end && !finite(t + 1)) {
            int np = npAfter(t + 1, end);
            if (np == t + 1) return null;
            fr.cue.add(t);
            fr.spFrom = t + 1;
            fr.spTo = np;
            fr.end = np;
            return fr;
        }
        if (is(t, "so") && t + 1 < end && finite(t + 1)) {
            // "«…», so charakterisierte ihn der Gewerkschafter": "so" before the verb belongs to the cue
            Frame inner = frameAt(t + 1, end);
            if (inner != null) inner.cue.add(0, t);
            return inner;
        }
        SpeechCues.Verb v = cueVerb(t, end, fr);
        if (v != null && !finite(t)) return null;
        if (v == null && auxiliary(t)) return perfectFrameAt(t, end);
        if (v == null) return null;
        fr.medium = v.medium();
        int p = t + 1;
        if (lemma(t).equals("heißen") && is(p, "es")) {
            if (!fr.cue.contains(p)) fr.cue.add(p);
            p++;
            int q = p;
            while (q < end && pos(q).equals("ADV")) q++;
            if (q < end && (is(q, "in") || is(q, "aus") || is(q, "von") || is(q, "bei") || is(q, "im") || is(q, "vom") || is(q, "auf"))) {
                int np = npAfter(q + 1, end);
                // "hieß es in Washington" (a place standing for an anonymous voice) keeps its preposition,
                // "heißt es in einer Erklärung des Ministeriums" names the document, as the gold data marks it
                if (np > q + 1) { fr.spFrom = documentNoun(q + 1, np) ? q + 1 : q; fr.spTo = np; p = np; }
            }
            fr.end = p;
            return fr;
        }
        speakerAfter(fr, p, end);
        if (lemma(t).equals("zitieren") && fr.spFrom >= 0) {
            // "«…», zitierte man Yolanda Alvarez" / "zitiert die Zeitung den Minister": the one quoted speaks
            int np = npAfter(fr.spTo, end);
            if (np > fr.spTo) { fr.spFrom = fr.spTo; fr.spTo = np; fr.end = Math.max(fr.end, np); }
        }
        return fr;
    }

    /** "«…», hatte er gesagt", "wird Panetta zitiert": an auxiliary, the speaker, then the participle cue. */
    private Frame perfectFrameAt(int t, int end) {
        int j = t + 1;
        while (j < end && j < t + 12 && !isPunct(j) && !quoteAt(j) && !participleAt(j, end)) j++;
        if (j >= end || j >= t + 12 || !participleAt(j, end)) return null;
        Frame fr = new Frame();
        SpeechCues.Verb v = cueVerb(j, end, fr);
        if (v == null) return null;
        fr.cue.add(0, t);
        fr.medium = v.medium();
        int p = t + 1;
        if (is(p, "von") || is(p, "vom")) p++;
        speakerAfter(fr, p, j);
        if (fr.spFrom < 0) fr.end = t + 1;
        fr.end = Math.max(fr.end, j + 1);
        for (int c : fr.cue) fr.end = Math.max(fr.end, c + 1);
        return fr;
    }

    /** A noun phrase headed by a common noun ("einer Erklärung des Ministeriums"), not a place name. */
    private boolean documentNoun(int from, int to) {
        for (int i = from; i < to; i++) {
            if (pos(i).startsWith("NN")) return true;
            if (pos(i).startsWith("NE")) return false;
        }
        return false;
    }

    /** "voranzutreiben", "aufzuheben": a zu-infinitive of a separable verb the tagger does not know. */
    /** A zu-infinitive or its "zu" at j ("zu verbessern", "aufzuheben", also when the tagger missed the latter). */
    private boolean zuInfinitiveAt(int j) {
        return pos(j).equals("VVIZU") || pos(j).equals("PTKZU") || separableZuInfinitive(j);
    }

    private boolean separableZuInfinitive(int j) {
        String x = lw(j);
        return !pos(j).startsWith("V") && !pos(j).startsWith("N") && Character.isLowerCase(w(j).charAt(0)) && ZU_INFINITIVE.matcher(x).matches();
    }

    /** A participle or infinitive, or a participle the tagger read as present tense at the end of the clause ("erklärt,"). */
    private boolean participleAt(int j, int end) {
        return pos(j).equals("VVPP") || pos(j).equals("VVINF") || pos(j).equals("VVFIN") && (j + 1 >= end || isPunct(j + 1) || quoteAt(j + 1));
    }

    /** Finds the speaker after the finite verb (skipping "sich" and adverbs) and a following addressee. */
    private void speakerAfter(Frame fr, int p, int end) {
        int q = p;
        int skipped = 0;
        while (q < end && skipped < 5) {
            String p0 = pos(q);
            if (p0.equals("PRF") || p0.equals("ADV") || p0.equals("PTKNEG") || p0.equals("PAV")
                    || p0.equals("PPER") && NOT_SUBJECT.contains(lw(q))) { q++; skipped++; continue; }
            // "sagte am Montag der Minister": a dated phrase between verb and subject
            if (p0.equals("APPRART") && q + 1 < end && (TIME_NOUNS.contains(w(q + 1)) || pos(q + 1).equals("CARD"))) { q += 2; skipped += 2; continue; }
            break;
        }
        int np = npAfter(q, end);
        // "spricht die Polizei von weniger Auseinandersetzungen": the preposition the cue verb governs ends the subject
        for (int c : fr.cue) if (c > q && c < np) np = c;
        fr.end = p;
        if (np > q) {
            fr.spFrom = q;
            fr.spTo = np;
            fr.end = np;
            int a = np;
            if (a < end && (is(a, "dem") || is(a, "der") && !nominal(a - 1) || is(a, "gegenüber") || is(a, "vor"))) {
                int from = is(a, "gegenüber") || is(a, "vor") ? a + 1 : a;
                int ad = npAfter(from, end);
                if (ad > from) {
                    fr.adFrom = a;
                    fr.adTo = ad;
                    fr.end = ad;
                    for (int i = from; i < ad; i++) if (directOf[i] >= 0 && marks.get(directOf[i]).name()) { fr.outFrom = from; fr.outTo = ad; break; }
                }
            }
        }
    }

    /**
     * The cue verb at token t (finite or participle), with its separable particle ("teilte ... mit")
     * found later in the clause; adds the cue tokens to the frame.
     */
    private SpeechCues.Verb cueVerb(int t, int end, Frame fr) {
        String p = pos(t);
        SpeechCues.Verb phrase = opinionPhrase(t, end, fr);
        if (phrase != null) return phrase;
        SpeechCues.Verb act = speechActPhrase(t, end, fr);
        if (act != null) return act;
        if (!(p.equals("VVFIN") || p.equals("VVPP") || p.equals("VVINF") || p.equals("VVIZU"))) return null;
        String lem = lemma(t);
        // "entscheidend dazu beigetragen": a present participle the tagger read as a verb form is an adverb here
        if (lw(t).equals(lem + "d")) return null;
        int particle = -1;
        if (p.equals("VVFIN")) {
            for (int i = t + 1; i < end && i < t + 25 && !is(i, ":") && !quoteAt(i); i++) {
                // "geht nach einem Treffen mit dem Leiter, Joachim Rücker, davon aus": commas around a name in apposition
                if (is(i, ",") && !(i + 1 < end && pos(i + 1).startsWith("NE") || pos(i - 1).startsWith("NE"))) break;
                if (is(i, ",")) continue;
                if (pos(i).equals("PTKVZ")) { particle = i; break; }
                // "gab ... bekannt", "teilte ... mit" with the particle read as adjective or preposition: clause-final
                // ("gab bekannt:" with "bekannt" read as the participle of "bekennen": a full verb takes no participle)
                if ((i + 1 >= end || isPunct(i + 1) && directOf[i + 1] < 0 || is(i + 1, "und")) && Character.isLowerCase(w(i).charAt(0))
                        && (!pos(i).startsWith("V") || pos(i).equals("VVPP")) && cues.verb(lw(i) + lem) != null) { particle = i; break; }
            }
        }
        SpeechCues.Verb v;
        if (particle >= 0) {
            v = cues.verb(lw(particle) + lem);
            if (v == null && pronominalAdverb(particle) && !placingAdverb(particle)) {
                // "verwies darauf, dass", "sprach davon": a pronominal adverb the tagger read as a verb particle
                v = cues.verb(lem);
                if (v == null) return null;
                fr.cue.add(t);
                reflexiveBefore(t, particle, fr);
                fr.cue.add(particle);
                return v;
            }
            if (v == null && (lw(particle).equals("weiter") || lw(particle).equals("fort") || placingAdverb(particle))) {
                // "sagte … weiter", "schrieb weiter", "erklären dagegen": the particle only continues or places the act of saying
                particle = -1;
                v = cues.verb(lem);
            }
        } else {
            v = cues.verb(lem);
            // "Den Anwohnern wurde geraten, …": the participle of "raten" is lemmatised as "geraten" (to get into), which
            // forms its perfect with "sein" and has no passive; after "werden" (the participle often read as infinitive) and
            // with a complement it is the participle of the verb of saying
            if (v == null && (p.equals("VVPP") || p.equals("VVINF")) && lw(t).startsWith("ge") && lw(t).length() > 5 && werdenBefore(t)) v = cues.verb(lw(t).substring(2));
        }
        // "zeigte sich zufrieden" (also with the adjective read as a particle): showing oneself is a stance
        // the gold data marks as cue
        if (v == null && lem.equals("zeigen") && t + 1 < end && is(t + 1, "sich")) {
            particle = -1;
            v = SpeechCues.STANCE;
            stanceAdjective(t + 1, end, fr);
        }
        if (v == null) return null;
        fr.cue.add(t);
        if (particle >= 0) {
            // "geht davon aus", "wies darauf hin": the pronominal adverb belongs to the particle verb
            // ("hob dabei hervor": "dabei", "dagegen" only place the act, the gold data never counts them)
            for (int i = t + 1; i < particle; i++) if (pronominalAdverb(i) && !placingAdverb(i)) fr.cue.add(i);
            fr.cue.add(particle);
        }
        String word = CUE_PREPOSITIONS.get(particle >= 0 ? lw(particle) + lem : lem);
        if (word != null) {
            // "bezeichnete ... als", "warnte vor": the preposition the verb governs is part of the cue
            // (not the "zu" of an infinitive: "aufgefordert, Türen geschlossen zu halten" with the comma missing)
            for (int i = t + 1; i < end && i < t + 12 && !is(i, ",") && !quoteAt(i); i++) {
                if (lw(i).equals(word) && !pos(i).equals("PTKZU")) { fr.cue.add(i); break; }
            }
        }
        // "hat bekannt gegeben", "bekannt geworden war": "bekannt" (read as participle of "bekennen") with its verb
        if (lw(t).equals("bekannt") && t + 1 < end && !finite(t + 1) && (lemma(t + 1).equals("geben") || lemma(t + 1).equals("werden")
                || lemma(t + 1).equals("machen"))) {
            fr.cue.add(t + 1);
            if (t + 2 < end && auxiliary(t + 2)) fr.cue.add(t + 2);
        }
        // "erklärt hatte", "berichtet wurde", "festgestellt worden": the auxiliary after a participle belongs to the cue
        // ("nachdem sie berichtet hatte,": a participle read as present tense before the auxiliary that ends the clause)
        if ((p.equals("VVPP") || p.equals("VVFIN") && (is(t + 1, "worden") || auxiliaryEndsClause(t + 1, end)))
                && t + 1 < end && (auxiliary(t + 1) || is(t + 1, "worden"))) {
            fr.cue.add(t + 1);
            if (is(t + 1, "worden") && t + 2 < end && auxiliary(t + 2)) fr.cue.add(t + 2);
        }
        // "heißt es", "hatte es geheißen": the expletive belongs to the cue, as in the gold data
        if (lem.equals("heißen")) {
            if (t + 1 < end && is(t + 1, "es")) fr.cue.add(t + 1);
            else if (t > 0 && is(t - 1, "es")) {
                // "hatte es geheißen": the auxiliary before the expletive too
                if (t > 1 && pos(t).equals("VVPP") && auxiliary(t - 2)) fr.cue.add(t - 2);
                fr.cue.add(t - 1);
            }
            else if (t > 1 && is(t - 2, "es") && auxiliary(t - 1)) fr.cue.add(t - 2);
        }
        // "war davon ausgegangen", "dass er davon ausgeht", "hatte dazu aufgerufen": the pronominal adverb right before a
        // verb at the end of its clause belongs to it like the one after a finite verb ("geht davon aus")
        if (particle < 0 && t > 0 && !fr.cue.contains(t - 1) && pronominalAdverb(t - 1) && (!p.equals("VVFIN") || lastInClause(t, end))) {
            String adv = lw(t - 1), gov = CUE_PREPOSITIONS.get(lem);
            if (GOVERNED_ADVERBS.contains(adv) || gov != null && adv.endsWith(gov)) fr.cue.add(t - 1);
        }
        // "gab dazu bekannt" (before a particle); "sagte dazu" alone is mostly left out in the gold data
        if (t + 1 < end && is(t + 1, "dazu") && particle > t + 1 && !fr.cue.contains(t + 1)) fr.cue.add(t + 1);
        withTheWords(t, end, fr);
        // "äußerte sich", "äußerte er sich", "hat sich … geäußert": the reflexive belongs to the verb
        if (t + 1 < end && pos(t + 1).equals("PRF") && lw(t + 1).equals("sich")) fr.cue.add(t + 1);
        else if (t + 2 < end && is(t + 2, "sich") && pos(t + 1).equals("PPER") && !fr.cue.contains(t + 2)) fr.cue.add(t + 2);
        else if (p.equals("VVPP") || p.equals("VVFIN") && lastInClause(t, end)) {
            // "hatte sich erhofft," with the participle read as present tense alike
            for (int i = t - 1; i >= 0 && i > t - 8 && !is(i, ",") && !quoteAt(i); i--) {
                if (is(i, "sich") && !fr.cue.contains(i)) { fr.cue.add(i); break; }
                if (finite(i) || p.equals("VVFIN") && pos(i).equals("KON")) break;
            }
        }
        return v;
    }

    /** Verbs that perform a speech act through their object noun: "erteilte den Befehl", "fassten den Beschluss". */
    private static final Set<String> ACT_VERBS = Set.of("erteilen", "unterbreiten", "fassen", "ergehen", "hegen", "richten",
            "aussprechen", "ziehen", "treffen", "geben", "machen", "stellen", "fallen");
    /** Object nouns of such verbs; the statement is the dass-clause or zu-infinitive after them. */
    private static final Set<String> ACT_NOUNS = Set.of("Befehl", "Vorschlag", "Beschluss", "Entschluss", "Aufforderung",
            "Anweisung", "Auftrag", "Appell", "Warnung", "Empfehlung", "Verdacht", "Schluss", "Schlussfolgerung", "Entscheidung",
            "Zusage", "Versprechen", "Weisung", "Order", "Anordnung", "Ermahnung", "Mahnung", "Vorgabe", "Ultimatum");

    /**
     * Noun-verb phrases of a speech act the gold data marks as a whole cue: "erteilte den Befehl, …", "unterbreitete den
     * Vorschlag, …", "fassten den Beschluss, …", "erging die Aufforderung, …", "hegt den Verdacht, dass …". The frame needs its
     * clause or zu-infinitive like any cue verb that is not marked reported.
     */
    private SpeechCues.Verb speechActPhrase(int t, int end, Frame fr) {
        // "war die Entscheidung gefallen": the participle of "fallen" is lemmatised as "gefallen"
        if (!pos(t).startsWith("V") || !ACT_VERBS.contains(lemma(t)) && !lw(t).equals("gefallen")) return null;
        if (!finite(t) || participleAt(t, end)) {
            SpeechCues.Verb v = actNounBefore(t, fr);
            // "Die Forscher ziehen den Schluss": a plural present the tagger read as infinitive looks ahead like a finite verb
            if (v != null || !finite(t) && !pos(t).equals("VVINF") || !ACT_VERBS.contains(lemma(t))) return v;
        }
        int i = articleOfNounAfter(t, end, ACT_NOUNS, ACT_ARTICLES);
        if (i < 0) return null;
        int j = i;
        while (!ACT_NOUNS.contains(w(j))) j++;
        // "erteilte im Jahre 2003 den Auftrag zur Errichtung der Gedenkstätte": an act noun with its own object states nothing
        if (!(is(j + 1, ",") || is(j + 1, ":"))) return null;
        fr.cue.add(t);
        for (int k = i; k <= j; k++) fr.cue.add(k);
        return new SpeechCues.Verb(lemma(t), lemma(t).equals("hegen") ? Medium.THOUGHT : Medium.SPEECH, false);
    }

    /** Verbs whose act noun is their subject: "fiel die Entscheidung", "erging die Aufforderung". */
    private static final Set<String> SUBJECT_ACTS = Set.of("fallen", "gefallen", "ergehen");

    private static final Set<String> ACT_ARTICLES = Set.of("den", "die", "das", "einen", "eine", "der");

    /**
     * "hatten den Vorschlag unterbreitet, …", "war die Entscheidung gefallen, …": the act noun right before a participle
     * verb at the end of its clause; its auxiliary joins the cue with the subject search.
     */
    private SpeechCues.Verb actNounBefore(int t, Frame fr) {
        int j = t - 1;
        if (j < 1 || !ACT_NOUNS.contains(w(j))) return null;
        int i = j - 1;
        while (i > 0 && pos(i).equals("ADJA")) i--;
        if (!ACT_ARTICLES.contains(lw(i)) || !(is(t + 1, ",") || is(t + 1, ":") || auxiliary(t + 1) && is(t + 2, ","))) return null;
        // the verb first: a participle read as present tense finds its auxiliary from the first cue token
        fr.cue.add(t);
        for (int k = i; k < t; k++) fr.cue.add(k);
        return new SpeechCues.Verb(lemma(t), Medium.SPEECH, false);
    }

    /**
     * The article of a noun from {@code nouns} in the clause after verb t, or -1: the subject, an object and adverbials
     * may stand between them ("erteilte der Luftwaffe den Befehl", "fassten die Grünen am Donnerstag den Beschluss",
     * "vertritt wie Fidel Castro die Ansicht"); a comma, a quotation or another verb ends the search.
     */
    private int articleOfNounAfter(int t, int end, Set<String> nouns, Set<String> articles) {
        for (int i = t + 1; i < end && i < t + 15; i++) {
            if (isPunct(i) || quoteAt(i) || finite(i) || pos(i).equals("KOUS") || pos(i).startsWith("PREL")) return -1;
            // "gab nach der Anweisung durch den Führer bekannt": an article after a preposition opens no object
            if (!articles.contains(lw(i)) || pos(i - 1).startsWith("APPR")) continue;
            int j = i + 1;
            while (j < end && pos(j).equals("ADJA")) j++;
            if (j < end && nouns.contains(w(j))) return i;
        }
        return -1;
    }

    /**
     * "zeigte sich zufrieden", "zeigte sich darüber besorgt": the adjective of the stance (and a governed pronominal adverb
     * before it) belongs to the cue, as in the gold data.
     */
    private void stanceAdjective(int sich, int end, Frame fr) {
        for (int i = sich + 1; i < end && i < sich + 4 && !is(i, ",") && !quoteAt(i); i++) {
            if (pos(i).equals("ADJD") || STANCE_ADJECTIVES.contains(lw(i))) {
                for (int k = sich + 1; k < i; k++) if (GOVERNED_ADVERBS.contains(lw(k)) && !fr.cue.contains(k)) fr.cue.add(k);
                if (!fr.cue.contains(i)) fr.cue.add(i);
                return;
            }
            if (!(pos(i).equals("ADV") || pos(i).equals("PAV") || GOVERNED_ADVERBS.contains(lw(i)))) return;
        }
    }

    /** A finite "werden" earlier in the clause of t ("wurde … geraten"). */
    private boolean werdenBefore(int t) {
        int s = sentOf[t];
        for (int i = t - 1; i >= 0 && i > t - 12 && (s < 0 || i >= sentStart[s]); i--) {
            if (is(i, ",") || pos(i).equals("KOUS")) return false;
            if (finite(i)) return lemma(i).equals("werden");
        }
        return false;
    }

    /** "einigten sich darauf", "beruft sich darauf": the reflexive between the verb and its pronominal adverb is part of the cue. */
    private void reflexiveBefore(int t, int adverb, Frame fr) {
        for (int i = t + 1; i < adverb; i++) if (is(i, "sich") && pos(i).equals("PRF")) { fr.cue.add(i); return; }
    }

    /**
     * Verb-noun phrases of opinion the gold data marks as a whole cue: "ist der Meinung", "sind der gegenteiligen
     * Auffassung", "vertritt die Ansicht", "hält es für möglich", "äußerten Zweifel".
     */
    private SpeechCues.Verb opinionPhrase(int t, int end, Frame fr) {
        if (!pos(t).startsWith("V")) return null;
        String lem = lemma(t);
        // called for every token of every sentence: leave at once unless the verb can open such a phrase
        if (!OPINION_LEMMAS.contains(lem) && !OPINION_OBJECT_VERBS.contains(lem) && !JUDGING_VERBS.contains(lem)
                && !lem.equals("kommen")) return null;
        if ((lem.equals("vertreten") || lem.equals("teilen")) && (!finite(t) || participleAt(t, end)) && t > 1 && OPINION_NOUNS.contains(w(t - 1))) {
            // "hatte die These vertreten, …": the opinion noun before the participle
            int a = t - 2;
            while (a > 0 && pos(a).equals("ADJA")) a--;
            if (!is(a, "die")) return null;
            fr.cue.add(t);
            for (int k = a; k < t; k++) fr.cue.add(k);
            return new SpeechCues.Verb(lem, Medium.THOUGHT, false);
        }
        List<Integer> toks = new ArrayList<>();
        toks.add(t);
        int i = t + 1;
        while (i < end && i < t + 4 && (pos(i).equals("ADV") || pos(i).equals("PAV") || pos(i).equals("PPER") && !is(i, "es")
                || pos(i).startsWith("NE") || is(i, "indessen") || is(i, "jedoch"))) i++;
        if (lem.equals("werden") && i < end && is(i, "bekannt")) {
            // "Im Mai wurde bekannt, dass …", "wurde bekannt gegeben"
            toks.add(i);
            if (i + 1 < end && is(i + 1, "gegeben")) toks.add(i + 1);
            fr.cue.addAll(toks);
            return SpeechCues.BECOME_KNOWN;
        }
        int loud = lem.equals("werden") && finite(t) ? loudAfter(t, end) : -1;
        if (loud > 0) {
            // "Erneut wurden Vorwürfe laut, die Angreifer …", "Kritik wurde laut, dass …": voices that become loud state a clause
            fr.cue.add(t);
            fr.cue.add(loud);
            return new SpeechCues.Verb(lem, Medium.SPEECH, false);
        }
        if (lem.equals("sein") && i < end && STANCE_ADJECTIVES.contains(lw(i))) {
            // "ist zuversichtlich, die Schweden schlagen zu können"
            toks.add(i);
        } else if (lem.equals("sein") || lem.equals("vertreten") || lem.equals("teilen")) {
            String article = lem.equals("sein") ? "der" : "die";
            // "vertritt sein Mandant die Ansicht", "vertritt wie Fidel Castro die Ansicht": the subject or a comparison between
            if (!lem.equals("sein") && !is(i, article)) i = Math.max(i, articleOfNounAfter(t, end, OPINION_NOUNS, Set.of(article)));
            if (i >= end || !is(i, article)) return null;
            int j = i + 1;
            while (j < end && pos(j).equals("ADJA")) j++;
            if (j >= end || !OPINION_NOUNS.contains(w(j))) return null;
            for (int k = i; k <= j; k++) toks.add(k);
        } else if (lem.equals("halten")) {
            if (i < end && is(i, "es")) toks.add(i++);
            while (i < end && i < t + 6 && !is(i, "für") && !is(i, ",")) i++;
            if (i + 1 >= end || !is(i, "für") || !pos(i + 1).startsWith("ADJ")) return null;
            toks.add(i);
            toks.add(i + 1);
        } else if (JUDGING_VERBS.contains(lem)) {
            if (!judgingPhrase(t, i, end, toks)) return null;
        } else if (OPINION_OBJECT_VERBS.contains(lem)) {
            if (i >= end || !STANCE_NOUNS.contains(w(i))) return null;
            toks.add(i);
        } else if (lem.equals("kommen")) {
            // "kamen zu dem Ergebnis, dass …", "kam zum Schluss": a conclusion reached, marked as one cue like an opinion
            int j = i;
            if (j + 1 < end && is(j, "zu") && is(j + 1, "dem")) j += 2;
            else if (j < end && is(j, "zum")) j++;
            else return null;
            while (j < end && pos(j).equals("ADJA")) j++;
            if (j >= end || !CONCLUSION_NOUNS.contains(w(j))) return null;
            for (int k = i; k <= j; k++) toks.add(k);
        } else {
            return null;
        }
        fr.cue.addAll(toks);
        return new SpeechCues.Verb(lem, lem.equals("äußern") || lem.equals("üben") ? Medium.SPEECH : Medium.THOUGHT, false);
    }

    /**
     * A verb of judging with the correlate "es" and an "als" phrase: "Das Gericht sah es als erwiesen an, dass …",
     * "betrachten es als wichtiger, dass …", "Als wichtige Aufgabe sah es Köhler an, … zu …" (the "als" phrase fronted).
     * The correlate points to the clause after it, which states the judgement; without "es" the verb only perceives.
     */
    private boolean judgingPhrase(int t, int i, int end, List<Integer> toks) {
        if (i >= end || !is(i, "es")) return false;
        toks.add(i);
        int j = i + 1;
        // "sah es das Gericht zunächst als erwiesen an": the subject may stand between
        while (j < end && j < i + 6 && !is(j, "als") && !is(j, ",") && !pos(j).startsWith("V")) j++;
        // "als erwiesen" (the participle often read as a finite verb), "als wichtiger"
        if (j + 1 < end && is(j, "als") && Character.isLowerCase(w(j + 1).charAt(0))
                && (pos(j + 1).startsWith("ADJ") || pos(j + 1).startsWith("VV"))) {
            toks.add(j);
            toks.add(j + 1);
            j += 2;
        } else if (fronted(t, "als")) {
            j = i + 1;
        } else {
            return false;
        }
        // the particle of "ansehen" closing the clause
        while (j < end && j < i + 10 && !is(j, ",") && !pos(j).startsWith("V")) {
            if (is(j, "an") && (j + 1 >= end || is(j + 1, ","))) { toks.add(j); break; }
            j++;
        }
        return true;
    }

    /** The sentence's first constituent opens with the word before the verb t ("Als eine seiner Aufgaben sieht es …"). */
    private boolean fronted(int t, String word) {
        int s = sentOf[t];
        if (s < 0) return false;
        int a = sentStart[s];
        while (a < t && isPunct(a)) a++;
        if (!is(a, word)) return false;
        for (int k = a + 1; k < t; k++) if (is(k, ",") || pos(k).startsWith("V")) return false;
        return true;
    }

    private static final Set<String> VOICE_NOUNS = Set.of("Stimmen", "Stimme", "Rufe", "Kritik", "Klagen", "Proteste", "Fragen");

    /** The "laut" closing the clause of the finite "werden" at t before a comma or colon ("wurden Vorwürfe laut,"), or -1. */
    private int loudAfter(int t, int end) {
        // what becomes loud must be an utterance ("Vorwürfe", "Kritik", "Stimmen"), not "Die Musik wurde laut, als …"
        int s = sentOf[t];
        boolean voice = false;
        for (int k = s < 0 ? t : sentStart[s]; k < end && k < t + 8 && !voice; k++) {
            voice = STATEMENT_NOUNS.contains(w(k)) || STANCE_NOUNS.contains(w(k)) || VOICE_NOUNS.contains(w(k));
        }
        if (!voice) return -1;
        for (int j = t + 1; j < end && j < t + 8; j++) {
            if (is(j, ",") || quoteAt(j) || pos(j).startsWith("V") || pos(j).equals("KOUS")) return -1;
            if (is(j, "laut") && j + 1 < end && (is(j + 1, ",") || is(j + 1, ":"))) return j;
        }
        return -1;
    }

    /** "kommentierte … mit den Worten", "mit folgenden Worten", "heißt es … wörtlich": the gold data counts them to the cue. */
    private void withTheWords(int t, int end, Frame fr) {
        // "wird mit den Worten zitiert": before the verb, back to its auxiliary or the clause start
        for (int i = t - 1; i >= 2 && i > t - 10 && !is(i, ",") && !quoteAt(i) && !finite(i); i--) {
            if (is(i, "Worten") && (is(i - 1, "den") || is(i - 1, "folgenden")) && is(i - 2, "mit")) {
                for (int k = i - 2; k <= i; k++) if (!fr.cue.contains(k)) fr.cue.add(k);
                return;
            }
        }
        for (int i = t + 1; i < end && i < t + 14 && !is(i, ",") && !quoteAt(i); i++) {
            if (is(i, "wörtlich") && !fr.cue.contains(i)) fr.cue.add(i);
            if (is(i, "mit") && i + 2 < end && (is(i + 1, "den") || is(i + 1, "folgenden")) && is(i + 2, "Worten")) {
                for (int k = i; k <= i + 2; k++) if (!fr.cue.contains(k)) fr.cue.add(k);
                return;
            }
        }
    }

    /** A cue verb between from and to (exclusive) with its subject: "Dazu sagte er:", "Der Minister konstatierte ...". */
    private Frame cueBefore(int from, int to, boolean anyVerb) { return cueBefore(from, to, anyVerb, from); }

    /** As above, the subject searched from clauseStart ("Die Regierung hatte den Bericht als «falsch» zurückgewiesen"). */
    private Frame cueBefore(int from, int to, boolean anyVerb, int clauseStart) {
        int fallback = -1;
        for (int t = from; t < to; t++) {
            if (directOf[t] >= 0 || used[t]) continue;
            Frame fr = new Frame();
            SpeechCues.Verb v = cueVerb(t, to, fr);
            if (v == null) {
                if (fallback < 0 && pos(t).equals("VVFIN")) fallback = t;
                continue;
            }
            fr.medium = v.medium();
            // "Ein Sprecher schätzte ein:": a particle stranded before the colon completes a verb the lexicon knows without it
            if (anyVerb && pos(t).equals("VVFIN") && to - 1 > t && strandedParticle(to - 1) && !fr.cue.contains(to - 1)
                    && !clauseWithVerb(t + 1, to - 1)) fr.cue.add(to - 1);
            subject(fr, clauseStart, t, to);
            if (fr.spFrom < 0 && lemma(t).equals("heißen")) sourceInPrefield(fr, clauseStart, t);
            if (fr.spFrom < 0 && lemma(t).equals("heißen")) sourceAfterEs(fr, t, to);
            return fr;
        }
        if (anyVerb && fallback >= 0) {
            Frame fr = new Frame();
            fr.cue.add(fallback);
            int tail = verbTailBeforeColon(fallback, to);
            for (int i = tail; i < to; i++) fr.cue.add(i);
            withTheWords(fallback, to, fr);
            subject(fr, from, fallback, tail);
            return fr;
        }
        if (anyVerb) {
            // "Trump: Habe nie gesagt ...": a name before the colon is the speaker
            int np = npAfter(from, to);
            if (np == to && np > from) { Frame fr = new Frame(); fr.spFrom = from; fr.spTo = np; fr.end = to; return fr; }
            // "Ein Hauptkommissar nach der Festnahme: «…»": a name and a prepositional phrase before the colon
            if (np > from && np < to && (pos(np).equals("APPR") || pos(np).equals("APPRART")) && !clauseWithVerb(np, to) && to - np < 8) {
                Frame fr = new Frame(); fr.spFrom = from; fr.spTo = np; fr.end = to; return fr;
            }
            // "Koppelin wörtlich: «…»"
            if (np == to - 1 && np > from && is(np, "wörtlich")) {
                Frame fr = new Frame(); fr.spFrom = from; fr.spTo = np; fr.cue.add(np); fr.end = to; return fr;
            }
        }
        return null;
    }

    /**
     * "griff sie den Präsidenten an:", "brachte die Sprecherin zum Ausdruck:", "stellte X in Frage:", "weist X von sich:": the
     * separable particle, or the preposition with a bare noun or reflexive of a light-verb phrase, that ends the clause of a
     * verb before a colon completes the verb, as the gold data marks it; its first token, or {@code to}.
     */
    private int verbTailBeforeColon(int v, int to) {
        int k = to - 1;
        if (k <= v + 1 || clauseWithVerb(v + 1, k)) return to;
        if (strandedParticle(k)) return k;
        boolean bare = pos(k).equals("NN") && !TIME_NOUNS.contains(w(k)) || pos(k).equals("PRF");
        if (bare && k - 1 > v + 1 && (pos(k - 1).equals("APPR") || pos(k - 1).equals("APPRART"))) return k - 1;
        return to;
    }

    /** Prepositions (and "ein") that are also separable verb particles; not "nach" or "zufolge", which follow a noun. */
    private static final Set<String> PARTICLE_FORMS = Set.of("an", "auf", "aus", "bei", "ein", "mit", "vor", "zu", "ab", "durch", "um");

    /**
     * A particle, or a preposition or article the tagger read for one, right before a colon: it governs nothing there
     * ("griff X an:", "schätzte ein:").
     */
    private boolean strandedParticle(int k) {
        return pos(k).equals("PTKVZ") || (pos(k).equals("APPR") || pos(k).equals("ART")) && PARTICLE_FORMS.contains(w(k));
    }

    /**
     * The speaker of the clause of cue token c: its subject, or in a passive ("Von den Behörden wird
     * angenommen", "wurde von Demjanjuks Sohn geäußert") the agent after "von"/"durch", as the gold data marks it.
     */
    private void subject(Frame fr, int clauseStart, int c, int end) {
        activeSubject(fr, clauseStart, c, end);
        if (lemma(c).equals("zitieren") && finite(c) && fr.spFrom >= 0) {
            // "Ein Fernsehsender zitierte Papandreou mit den Worten", "zitierte man Yolanda Alvarez": the one quoted speaks
            int q = fr.spFrom > c ? fr.spTo : c + 1;
            while (q < end && (pos(q).equals("ADV") || pos(q).equals("PRF"))) q++;
            int np = npAfter(q, end);
            if (np > q && !(pos(q).equals("PPER") && NOT_SUBJECT.contains(lw(q)))) { fr.spFrom = q; fr.spTo = np; fr.end = Math.max(fr.end, np); }
            return;
        }
        if (!passive(fr, c)) return;
        fr.spFrom = fr.spTo = -1;
        int from = clauseStart;
        for (int i = c - 1; i > clauseStart; i--) if (is(i, ",") || is(i, ":")) { from = i + 1; break; }
        for (int i = from; i < end && !(i > c && (is(i, ",") || is(i, ":"))); i++) {
            if (!(is(i, "von") || is(i, "vom") || is(i, "durch")) || i + 1 >= end) continue;
            int from1 = is(i, "vom") ? i : i + 1;
            int np = npAfter(i + 1, end);
            if (np > i + 1 && !TIME_NOUNS.contains(w(np - 1)) && !pos(np - 1).equals("CARD")) {
                fr.spFrom = from1;
                fr.spTo = np;
                fr.end = Math.max(fr.end, np);
                return;
            }
        }
        if (fr.judged) return;
        // "In einem Bericht der Zeitung wurde vermutet", "So wird in einer Pressemitteilung gefordert": with no agent, the
        // document the passive statement comes from is the speaker, as the gold data marks it
        for (int i = from; i < end && !(i > c && (is(i, ",") || is(i, ":"))); i++) {
            if (!(is(i, "in") || is(i, "im") || is(i, "auf"))) continue;
            int np = npAfter(i + 1, end);
            boolean document = false;
            for (int k = i + 1; k < np && k < i + 5 && !document; k++) {
                document = nominal(k) && (SpeechCues.isSourceNoun(w(k)) || DOCUMENT_HEAD.matcher(lw(k)).find());
            }
            if (!document) continue;
            fr.spFrom = is(i, "im") ? i : i + 1;
            fr.spTo = np;
            fr.end = Math.max(fr.end, np);
            return;
        }
    }

    /**
     * "Während X betonte, …", "…, da X erklärte, …", "…, in dem er verlangte, …": a verb-final clause from {@code o} opened by a
     * conjunction the tagger may read as adverb or preposition, or by a preposition with a relative pronoun (which then is
     * no subject); the noun phrase right after the opener is the speaker of finite verb f.
     */
    private boolean subordinateOpenerSubject(Frame fr, int o, int f, int c, int end) {
        if (fr.judged) return false;
        int k;
        if (SUBORDINATORS.contains(lw(o))) k = o + 1;
        // "an der Arbeitsfähigkeit …": an article before its noun, no relative pronoun
        else if ((pos(o).equals("APPR") || pos(o).equals("APPRART")) && o + 2 < f && RELATIVE_PRONOUNS.contains(lw(o + 1))
                && !nominal(o + 2) && !pos(o + 2).startsWith("ADJ") && !pos(o + 2).equals("CARD")) k = o + 2;
        else return false;
        int last = Math.max(c, f);
        if (k >= f || !(last + 1 >= end || isPunct(last + 1) || quoteAt(last + 1))) return false;
        for (int i = k; i < f; i++) if (is(i, ",") || is(i, ":") || quoteAt(i) || finite(i)) return false;
        int np = npAfter(k, f);
        if (np <= k || pos(k).equals("PPER") && NOT_SUBJECT.contains(lw(k))) return false;
        fr.spFrom = k;
        fr.spTo = np;
        fr.end = Math.max(fr.end, last + 1);
        return true;
    }

    /** "Er hinterließ einen Zettel in dem er verlangte, …": a relative clause after its noun without the comma. */
    private boolean relativeWithoutComma(Frame fr, int cs, int f, int c, int end) {
        for (int o = f - 2; o > cs; o--) {
            if (is(o, ",") || finite(o) || quoteAt(o)) return false;
            if (pos(o).equals("APPR") && nominal(o - 1) && RELATIVE_PRONOUNS.contains(lw(o + 1))) return subordinateOpenerSubject(fr, o, f, c, end);
        }
        return false;
    }

    /** The subject of the clause of cue token c: the first constituent when it is a noun phrase, else the phrase after the finite verb. */
    private void activeSubject(Frame fr, int clauseStart, int c, int end) {
        int f = c;
        if (pos(c).equals("VVFIN") && !fr.cue.isEmpty() && fr.cue.get(0) == c && (c + 1 >= end || isPunct(c + 1) || quoteAt(c + 1) || is(c + 1, "worden"))) {
            // "Anda hatte am Mittwoch erklärt", "war berichtet worden": a participle the tagger read as present tense after an auxiliary
            for (int i = c - 1; i >= clauseStart && c - i < 16; i--) {
                if (quoteAt(i) && directOf[i] >= 0 && marks.get(directOf[i]).open() > clauseStart) continue; // a partial quote
                if (is(i, "folgt") && i > clauseStart && is(i - 1, "wie")) { i--; continue; } // "wird Musk wie folgt zitiert"
                // "hatte ein Talibanführer, Baitullah Mehsud, erklärt": commas around a name in apposition
                if (is(i, ",") && i > clauseStart && (pos(i + 1).startsWith("NE") || pos(i - 1).startsWith("NE"))
                        && !pos(i + 1).startsWith("PREL") && !pos(i + 1).equals("KOUS")) continue;
                if (closesApposition(i, clauseStart)) continue;
                if (is(i, ",") || is(i, ":") || quoteAt(i)) break;
                // "musste er betonen": a modal before an infinitive the tagger read as plural present
                if (auxiliary(i) || pos(i).equals("VMFIN") && w(c).endsWith("en")) {
                    f = i;
                    if (!fr.cue.contains(i)) fr.cue.add(i);
                    break;
                }
                if (is(i, "und") && i > clauseStart && i + 1 < c && nounsCoordinated(i)) continue;
                // "haben das Wrack untersucht und vorgestern bestätigt": a participle coordinated with c shares its auxiliary
                if (is(i, "und") && i - 1 > clauseStart && (pos(i - 1).equals("VVPP") || pos(i - 1).equals("VVFIN") && w(i - 1).endsWith("t"))) { i--; continue; }
                // "werden von Kennern als «…» bezeichnet", "hatte den Bericht umgehend als «…» zurückgewiesen": the "als" of the
                // naming and a present participle read as finite ("umgehend") stand inside the clause
                if (is(i, "als") && quoteAt(i + 1) || presentParticipleReadAsFinite(i)) continue;
                if (finite(i) || pos(i).equals("KON")) break;
            }
        }
        if (!finite(c)) {
            f = -1;
            for (int i = c - 1; i >= clauseStart; i--) {
                if (is(i, ")")) {
                    // "Christian Wulff (CDU) hat in einem Gespräch mit Peres (Awoda, dt. Arbeiterpartei) bekräftigt"
                    int o = i;
                    while (o > clauseStart && !is(o, "(") && i - o < 12) o--;
                    if (is(o, "(")) { i = o; continue; }
                }
                // "hatte der Investor, Larry A. Silverstein, zugesagt": a comma before or after a name in apposition
                if (is(i, ",") && i + 1 <= c && i > clauseStart && (pos(i + 1).startsWith("NE") || pos(i - 1).startsWith("NE"))
                        && !pos(i + 1).startsWith("PREL") && !pos(i + 1).equals("KOUS")) continue;
                if (closesApposition(i, clauseStart)) continue;
                if (is(i, ",") || is(i, ":")) break;
                if (presentParticipleReadAsFinite(i) && !fr.judged) continue; // "hatte den Bericht umgehend zurückgewiesen"
                if (finite(i)) {
                    f = i;
                    int aux = auxiliaryBeyondMisreadVerb(clauseStart, i);
                    if (aux >= 0) f = aux;
                    break;
                }
            }
            // "Die Forscher vermuten, ...": the tagger reads a plural present as infinitive
            if (f < 0 && pos(c).equals("VVINF")) f = c;
            if (f < 0) {
                fr.end = c + 1;
                if (!fr.judged) subordinateSubject(fr, clauseStart, c);
                return;
            }
            // "hatte gesagt", "wird vorgeworfen": the auxiliary belongs to the cue
            if (f != c && (pos(f).equals("VAFIN") || pos(f).equals("VMFIN") || lemma(f).equals("haben") || lemma(f).equals("sein") || lemma(f).equals("werden"))
                    && !fr.cue.contains(f)) fr.cue.add(f);
        }
        if (f != c) impersonalPassive(fr, clauseStart, f, c);
        int cs = clauseStart;
        for (int i = f - 1; i >= clauseStart; i--) {
            if (is(i, ":") || is(i, ";")) { cs = i + 1; break; }
            if (is(i, ",") && i + 1 < f) {
                // "..., der bekräftigte": verb-final relative or subordinate clause
                String p = pos(i + 1);
                if (is(i + 1, "dessen") || is(i + 1, "deren")) p = "PRELAT";
                if (p.equals("ART") && RELATIVE_ARTICLES.contains(w(i + 1))
                        && i + 2 < end && !nominal(i + 2) && !pos(i + 2).startsWith("ADJ") && !pos(i + 2).equals("CARD")) p = "PRELS";
                boolean closed = false;
                for (int k = i + 1; k < f; k++) if (is(k, ",")) closed = true;
                if (closed && (p.equals("PRELS") || p.equals("PRELAT"))) {
                    // "Todor Kolarow, dessen Behörde … zuständig ist, sagte": the relative clause ends before the verb
                    int cs0 = clauseStart;
                    for (int k = i - 1; k > clauseStart; k--) if (is(k, ",") || is(k, ":") || is(k, ";")) { cs0 = k + 1; break; }
                    if (cs0 < i && subjectFirst(cs0, i) && is(f - 1, ",")) {
                        fr.spFrom = cs0;
                        fr.spTo = i;
                        fr.end = Math.max(c + 1, f + 1);
                        return;
                    }
                    speakerAfter(fr, f + 1, end);
                    fr.end = Math.max(fr.end, c + 1);
                    return;
                }
                if (!closed && (p.equals("PRELS") || p.equals("PRELAT") || p.equals("PWS"))) {
                    if (p.equals("PRELS") || p.equals("PWS")) {
                        // "Deiss, der sagte": the gold speaker is the antecedent, not the relative pronoun
                        int ant = p.equals("PRELS") ? antecedentBefore(i) : i;
                        if (ant < i) { fr.spFrom = ant; fr.spTo = i; } else { fr.spFrom = i + 1; fr.spTo = i + 2; }
                    }
                    fr.end = Math.max(c + 1, f + 1);
                    return;
                }
                if (p.equals("KOUS") && (f == lastVerbBefore(i + 1, end) || f == c && pos(c).equals("VVINF"))) {
                    int np = npAfter(i + 2, f);
                    if (np > i + 2) { fr.spFrom = i + 2; fr.spTo = np; }
                    fr.end = Math.max(c + 1, f + 1);
                    return;
                }
                if (subordinateOpenerSubject(fr, i + 1, f, c, end)) return;
                break;
            }
        }
        if (cs == clauseStart && SUBORDINATORS.contains(lw(cs)) && subordinateOpenerSubject(fr, cs, f, c, end)) return;
        if (cs == clauseStart && relativeWithoutComma(fr, cs, f, c, end)) return;
        if (cs < f && is(cs, "auch") && cs + 1 < f && subjectFirst(cs + 1, f)) cs++;
        if (cs < f && !fr.judged && !subjectFirst(cs, f)) {
            // "Aber die Gewerkschaft erklärte", "Vor allem die Opposition kritisierte": one constituent before the verb,
            // so a conjunction or focus adverb before a noun phrase reaching the verb is no part of the subject
            int skip = is(cs, "Vor") && cs + 1 < f && is(cs + 1, "allem") ? 2
                    : FOCUS_PARTICLES.contains(lw(cs)) || pos(cs).equals("KON") ? 1 : 0;
            if (skip > 0 && cs + skip < f && subjectFirst(cs + skip, f)) cs += skip;
        }
        if (cs < f && !fr.judged && nominalisedWithGenitive(cs, f)) {
            // "Vertraute des Ministers berichteten": a noun made from an adjective or participle, tagged as such, with its genitive
            fr.spFrom = cs;
            fr.spTo = f;
            fr.end = Math.max(c + 1, f + 1);
            return;
        }
        if (f - 1 > cs && pos(f - 1).equals("KON") && !subjectFirst(cs, f)) {
            // "Lammert erwartet ... und gab bekannt, ...": the coordinated verb shares the first clause's subject
            int v0 = -1;
            for (int i = cs; i < f - 1; i++) if (finite(i)) { v0 = i; break; }
            if (v0 > cs && subjectFirst(cs, v0)) {
                fr.spFrom = cs;
                fr.spTo = v0;
                fr.end = Math.max(c + 1, f + 1);
                return;
            }
            if (v0 > cs && !fr.judged && is(f - 1, "und") && !lemma(v0).equals("werden")) {
                // "Im Januar legte er sein Amt nieder und verkündete, …": the first clause's subject follows its verb (a passive
                // subject is no speaker)
                Frame first = new Frame();
                speakerAfter(first, v0 + 1, f - 1);
                if (first.spFrom >= 0 && !OBJECT_ARTICLES.contains(Character.toUpperCase(w(first.spFrom).charAt(0)) + w(first.spFrom).substring(1))) {
                    fr.spFrom = first.spFrom;
                    fr.spTo = first.spTo;
                    fr.end = Math.max(c + 1, f + 1);
                    return;
                }
            }
        }
        if (cs < f && f + 1 < end && NOMINATIVE_PRONOUNS.contains(w(f + 1)) && !pos(cs).equals("PPER") && subjectFirst(cs, f)) {
            // "Die Pläne bezeichnete er als «Wortbruch»": a nominative pronoun after the verb is the subject
            speakerAfter(fr, f + 1, end);
            fr.end = Math.max(fr.end, c + 1);
            return;
        }
        if (cs < f && subjectFirst(cs, f) && !fr.judged && OBJECT_ARTICLES.contains(w(cs)) && !pos(cs + 1).startsWith("NE")) {
            // "Den Flüchtlingen sicherte Präsident Gusmão zu": a dative or accusative object in the prefield, the subject after the verb
            Frame after = new Frame();
            speakerAfter(after, f + 1, end);
            if (after.spFrom >= 0 && !pos(after.spFrom).startsWith("P")) {
                fr.spFrom = after.spFrom;
                fr.spTo = after.spTo;
                fr.end = Math.max(after.end, c + 1);
                return;
            }
        }
        if (cs < f && !fr.judged && adverbialPrefield(cs, f)) {
            // "Ende Januar verkündete der Verband", "Gegenüber der Zeitung berichtete X": the subject follows the verb
            Frame after = new Frame();
            speakerAfter(after, f + 1, end);
            if (after.spFrom >= 0) {
                fr.spFrom = after.spFrom;
                fr.spTo = after.spTo;
                fr.end = Math.max(after.end, c + 1);
                return;
            }
        }
        if (cs < f && subjectFirst(cs, f)) {
            fr.spFrom = cs;
            fr.spTo = f;
            fr.end = Math.max(c + 1, f + 1);
            int[] ad = addresseeAfter(f + 1, end);
            if (ad != null) { fr.adFrom = ad[0]; fr.adTo = ad[1]; }
            return;
        }
        speakerAfter(fr, f + 1, end);
        if (fr.spFrom < 0 && f - 1 > cs && is(f - 1, ",")) {
            int v0 = -1;
            for (int i = cs; i < f - 1; i++) if (finite(i)) { v0 = i; break; }
            if (v0 > cs && subjectFirst(cs, v0)) { fr.spFrom = cs; fr.spTo = v0; }
        }
        if (fr.spFrom < 0 && !fr.judged) prefieldSubject(fr, cs, f);
        if (fr.spFrom < 0 && !fr.judged) subordinateSubject(fr, clauseStart, c);
        fr.end = Math.max(fr.end, c + 1);
    }

    private static final Set<String> MONTHS = Set.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember");

    /**
     * A prefield [cs, f) that looks like a noun phrase but is an adverbial: a date ("Ende Januar 2006", "Anfang März"), a
     * sentence-initial "Gegenüber" the tagger read as noun, a postponed "gegenüber" ("Ihr gegenüber"), "Des Weiteren".
     */
    private boolean adverbialPrefield(int cs, int f) {
        if ((is(cs, "Ende") || is(cs, "Anfang") || is(cs, "Mitte")) && cs + 1 < f && (MONTHS.contains(w(cs + 1)) || pos(cs + 1).equals("CARD"))) return true;
        if (is(cs, "gegenüber") || f - 1 > cs && is(f - 1, "gegenüber")) return true;
        return f - cs == 2 && is(cs, "des") && (is(cs + 1, "Weiteren") || is(cs + 1, "Weitern"));
    }

    /**
     * "Während Premierminister Juncker ankündigte, …", "da die PDM angekündigt hatte, …", "ein Zettel, in dem er verlangte":
     * the cue ends a subordinate clause; its subject follows the subordinator or relative pronoun.
     */
    private void subordinateSubject(Frame fr, int clauseStart, int c) {
        int k = c - 1;
        while (k >= clauseStart && !(pos(k).equals("KOUS") || pos(k).equals("PRELS") || pos(k).equals("PWAV"))) {
            if (is(k, ",") || is(k, ":") || finite(k) || quoteAt(k)) return;
            k--;
        }
        if (k < clauseStart || k + 1 >= c) return;
        String p = pos(k + 1);
        if (!(p.equals("ART") || p.startsWith("NE") || p.startsWith("NN") || p.equals("PPOSAT") || p.equals("ADJA")
                || p.equals("PPER") && !NOT_SUBJECT.contains(lw(k + 1)) || p.equals("PIS") && is(k + 1, "man"))) return;
        int np = npAfter(k + 1, c);
        if (np <= k + 1) return;
        fr.spFrom = k + 1;
        fr.spTo = np;
        fr.fallback = true;
    }

    /**
     * "Wolfgang Gerhardt hat sich bereit erklärt", "Experten der Marine haben das Wrack untersucht und bestätigt": the
     * tagger read a participle or adjective before the cue as finite, so no subject was found; the noun phrase before the
     * clause's first finite verb is the subject ("Auch", "Einzig" before it skipped).
     */
    private void prefieldSubject(Frame fr, int cs, int f) {
        for (int k = f - 2; k > cs; k--) {
            if (!is(k, ",")) continue;
            // "Die Gründung wird positiv gesehen, die Organisation bezweifelt aber, dass": a main clause after the comma
            if (subjectFirst(k + 1, f) && npAfter(k + 1, f) == f) { fr.spFrom = k + 1; fr.spTo = f; fr.fallback = true; }
            return;
        }
        int p = cs;
        while (p < f && pos(p).equals("ADV")) p++;
        int v0 = -1;
        for (int i = p; i < f; i++) if (finite(i)) { v0 = i; break; }
        if (v0 <= p || !auxiliary(v0) || npAfter(p, v0) != v0 || !subjectFirst(p, v0)) return;
        fr.spFrom = p;
        fr.spTo = v0;
        fr.fallback = true;
    }

    /** "Es wird vermutet, dass …", "wurde es befürchtet": the expletive of an impersonal passive joins the cue, as with "heißt es". */
    private void impersonalPassive(Frame fr, int clauseStart, int f, int c) {
        if (!fr.cue.contains(f) || !lemma(f).equals("werden")) return;
        if (f - 1 >= clauseStart && is(f - 1, "es") && !fr.cue.contains(f - 1)) fr.cue.add(f - 1);
        else if (f + 1 < c && is(f + 1, "es") && !fr.cue.contains(f + 1)) fr.cue.add(f + 1);
    }

    /** Start of the noun phrase ending right before token {@code end} (a relative clause's antecedent), or end if none. */
    private int antecedentBefore(int end) {
        int j = end;
        if (j == 0 || !(nominal(j - 1) || directOf[j - 1] >= 0 && marks.get(directOf[j - 1]).name() || is(j - 1, ")"))) return end;
        int s = sentOf[end];
        while (j > 0 && sentOf[j - 1] == s && end - j < 12) {
            int k = j - 1;
            if (is(k, ")")) {
                int o = k;
                while (o > 0 && sentOf[o - 1] == s && !is(o, "(") && k - o < 8) o--;
                if (!is(o, "(")) break;
                j = o;
                continue;
            }
            if (directOf[k] >= 0) {
                Mark m = marks.get(directOf[k]);
                if (!m.name()) break;
                j = m.open();
                continue;
            }
            String pk = pos(k);
            if (nominal(k) || pk.equals("ADJA") || pk.equals("ART") || pk.equals("PPOSAT") || pk.equals("CARD") || is(k, "-")) { j = k; continue; }
            break;
        }
        // a leading genitive or case article without its noun is no phrase start; keep it only before a noun
        return j;
    }

    /** The verb at t ends its clause ("…, dass er davon ausgeht, …"). */
    private boolean lastInClause(int t, int end) {
        return t + 1 >= end || isPunct(t + 1) || quoteAt(t + 1) || auxiliary(t + 1) || is(t + 1, "worden") || is(t + 1, "und");
    }

    /** "dabei", "dagegen": pronominal adverbs that place the act rather than complete the verb; never cue in the gold data. */
    private boolean placingAdverb(int i) {
        return lw(i).equals("dabei") || lw(i).equals("dagegen");
    }

    /** "davon", "darauf", "dafür" (the tagger often reads them as ADV). */
    private boolean pronominalAdverb(int i) {
        return pos(i).equals("PAV") || pos(i).equals("PROAV") || PRONOMINAL_ADVERB.matcher(lw(i)).matches();
    }

    /**
     * "hat in einer am Montag veröffentlichten Videobotschaft angekündigt", "haben den Fund untersucht und bestätigt": a
     * full verb read as finite between the auxiliary and the clause-final participle is an attributive or coordinated
     * participle; the auxiliary before it in the same clause, or -1.
     */
    private int auxiliaryBeyondMisreadVerb(int clauseStart, int v) {
        if (!pos(v).equals("VVFIN") || repaired[v] != null) return -1;
        if (!(v + 1 < words.length && (nominal(v + 1) || pos(v + 1).equals("ADJA"))) || !attributiveStart(clauseStart, v)) return -1;
        for (int i = v - 1; i >= clauseStart && v - i < 12; i--) {
            if (isPunct(i) || quoteAt(i)) return -1;
            if (auxiliary(i)) return i;
            if (finite(i)) return -1;
        }
        return -1;
    }

    /** An article right before v, or one opening an extended attribute ("einer am Montag …"): v is inside a noun phrase. */
    private boolean attributiveStart(int clauseStart, int v) {
        if (pos(v - 1).equals("ART")) return true;
        for (int j = v - 2; j >= clauseStart && v - j < 8; j--) {
            if (finite(j) || isPunct(j)) return false;
            String next = pos(j + 1);
            if (pos(j).equals("ART") && (next.startsWith("APPR") || next.equals("ADV") || next.equals("CARD"))) return true;
        }
        return false;
    }

    /** "der Fraktions- und Parteivorsitzenden", "Rolle und Aufgaben": "und" at i joins two nouns, not two clauses. */
    private boolean nounsCoordinated(int i) {
        return (nominal(i - 1) || w(i - 1).endsWith("-")) && (nominal(i + 1) || pos(i + 1).equals("ART") || pos(i + 1).equals("ADJA"));
    }

    /**
     * "hatte der Investor für den Neubau, Larry A. Silverstein, zugesagt", "wird Mike Downey, Produktmanager der Firma,
     * zitiert", "am Donnerstag, dem 28. Dezember, angegeben": the comma at i closes a verbless apposition opened by a
     * comma after a name or a day, or before a name; the search for the auxiliary goes on across it.
     */
    private boolean closesApposition(int i, int clauseStart) {
        if (!is(i, ",")) return false;
        for (int j = i - 1; j > clauseStart && i - j <= 9; j--) {
            if (finite(j) || quoteAt(j) || is(j, ":")) return false;
            if (is(j, ",")) {
                return j + 1 < i && !pos(j + 1).startsWith("PREL") && !pos(j + 1).equals("KOUS")
                        && (pos(j + 1).startsWith("NE") || pos(j - 1).startsWith("NE") || TIME_NOUNS.contains(w(j - 1)));
            }
        }
        return false;
    }

    /** "umgehend", "entscheidend": a present participle (an adverb here) the tagger read as a finite verb. */
    private boolean presentParticipleReadAsFinite(int i) {
        return pos(i).equals("VVFIN") && lw(i).equals(lemma(i) + "d");
    }

    /** An auxiliary at i that is the last word of its clause ("…, nachdem sie berichtet hatte,"). */
    private boolean auxiliaryEndsClause(int i, int end) {
        return i < end && auxiliary(i) && (i + 1 >= end || isPunct(i + 1) || quoteAt(i + 1));
    }

    /** A finite form of haben, sein or werden (the tagger sometimes reads "hatte" as VVFIN). */
    private boolean auxiliary(int i) {
        if (!finite(i)) return false;
        String l = lemma(i);
        return l.equals("haben") || l.equals("sein") || l.equals("werden");
    }

    /** "wurde kritisiert": the participle cue with a form of "werden" in its frame; the subject is not the speaker. */
    private boolean passive(Frame fr, int cue) {
        // "wird Panetta zitiert": the one quoted is the speaker
        if (lemma(cue).equals("zitieren")) return false;
        // a participle the tagger read as present tense: after a form of "werden" ("wurde vermutet", not "wird erklären"),
        // or before "worden" ("war berichtet worden")
        if (pos(cue).equals("VVFIN") && !is(cue + 1, "worden") && !(w(cue).endsWith("t") && !fr.judged)) return false;
        for (int c : fr.cue) if (c != cue && lemma(c).equals("werden")) return true;
        return false;
    }

    /** The last finite verb of the clause starting at from (before the next comma), or -1. */
    private int lastVerbBefore(int from, int end) {
        int v = -1;
        for (int i = from; i < end && !is(i, ","); i++) if (finite(i)) v = i;
        return v;
    }

    private int[] addresseeAfter(int from, int end) {
        for (int i = from; i < end && i < from + 6; i++) {
            if (is(i, ",") || finite(i)) return null;
            if (is(i, "gegenüber")) {
                int np = npAfter(i + 1, end);
                if (np > i + 1) return new int[]{i + 1, np};
            }
        }
        return null;
    }

    private boolean subjectFirst(int cs, int f) {
        if (f - cs > 30) return false;
        // "Dies bestätigte ein Sprecher": a lone demonstrative before the verb is the object
        if (f - cs == 1 && pos(cs).equals("PDS") && DEMONSTRATIVES.contains(lw(cs))) return false;
        String p = pos(cs);
        boolean startOk = p.equals("ART") || p.startsWith("NE") || p.startsWith("NN") || p.equals("PPOSAT") || p.equals("PIAT")
                || p.equals("PDAT") || p.equals("ADJA") || p.equals("CARD") || p.equals("PIS") || p.equals("PDS") || p.equals("FM")
                || (p.equals("PPER") && !NOT_SUBJECT.contains(lw(cs)))
                || (directOf[cs] >= 0 && marks.get(directOf[cs]).name())
                || nameWithParticle(cs, f) == f;
        if (!startOk) return false;
        for (int i = cs; i < f; i++) {
            if (finite(i) || pos(i).equals("KOUS") || directOf[i] >= 0 && !marks.get(directOf[i]).name()) return false;
        }
        return true;
    }

    /**
     * The end (exclusive) of the noun phrase starting at p: a pronoun, or determiner, adjectives and
     * nouns/names with a genitive, "von" phrase, parenthesis or a name in apposition; p if none.
     */
    private int npAfter(int p, int end) { return npAfter(p, end, 0); }

    private int npAfter(int p, int end, int depth) {
        if (p >= end) return p;
        String x = lw(p);
        if ((pos(p).equals("PPER") || pos(p).equals("PIS") || pos(p).equals("PDS")) && SUBJECT_PRONOUNS.contains(x)) return p + 1;
        int i = simpleNp(p, end);
        if (i == p) return p;
        boolean nounHead = pos(i - 1).startsWith("NN") || directOf[i - 1] >= 0;
        boolean hadNoun = nounHead;
        boolean titledName = false; // "der Leiter der Behörde, Karl Hansen": the apposition is complete
        // "sagte Rice, die USA hielten sich an ...": after a finite verb of its clause the phrase cannot end before
        // another finite verb; a second phrase followed by one is the subject of a new clause, not an apposition
        boolean verbBefore = finiteBeforeInClause(p);
        for (int guard = 0; guard < 4 && i < end; guard++) {
            hadNoun |= nounHead;
            String y = w(i);
            if (nounHead && GENITIVE_ARTICLES.contains(y) && i + 1 < end && directOf[i - 1] < 0) {
                int j = simpleNp(i, end);
                if (j > i + 1 && !masculineAfterDer(i, j)) { i = j; continue; }
            }
            // "Angaben libanesischer Sicherheitskreise", "Einschätzung politischer Beobachter": a genitive without article
            if (nounHead && pos(i).equals("ADJA") && y.endsWith("er") && i + 1 < end && pos(i + 1).startsWith("NN")) {
                int j = simpleNp(i, end);
                if (j > i + 1) { i = j; continue; }
            }
            // "Joe Stork von HRW", "Rick Homans vom Sekretariat"; not "sprach Trump von einem Treffen"
            if ((y.equals("von") || y.equals("vom")) && i + 1 < end
                    && (nounHead || y.equals("vom") || pos(i + 1).startsWith("NE") || DEFINITE.contains(w(i + 1)))) {
                int j = simpleNp(i + 1, end);
                if (j > i + 1) { i = j; nounHead = pos(j - 1).startsWith("NN"); continue; }
            }
            // "der EU-Kommissar für Erweiterung", "ein Sprecher des Weißen Hauses in Washington"
            if (nounHead && (PP_IN_NAMES.contains(y) || (y.equals("in") || y.equals("im")) && i + 1 < end && pos(i + 1).startsWith("NE")) && i + 1 < end
                    && !pos(i + 1).equals("CARD") && !pos(i + 1).equals("PPOSAT")) {
                int j = simpleNp(i + 1, end);
                if (j > i + 1) { i = j; nounHead = pos(j - 1).startsWith("NN"); continue; }
            }
            if (y.equals("(")) {
                int j = i + 1;
                while (j < end && j < i + 8 && !is(j, ")")) j++;
                if (j < end && is(j, ")")) { i = j + 1; continue; }
            }
            if (y.equals(",") && !nounHead && !titledName && i + 1 < end && pos(i + 1).equals("ART")) {
                // "Günther Platter, der Verteidigungsminister Österreichs", "Kristján Loftsson, einem Manager der Firma"
                int j = simpleNp(i + 1, end);
                if (j > i + 2 && j < end && GENITIVE_ARTICLES.contains(w(j))) {
                    int g = simpleNp(j, end);
                    if (g > j + 1) j = g;
                }
                while (j < end && j > i + 2 && (pos(j).startsWith("NE") || pos(j).startsWith("NN"))) j++;
                if (j > i + 2 && (j >= end || isPunct(j) && !is(j, "(") || finite(j) && !verbBefore || datedAfter(j, end))) { i = j; continue; }
                // "Ursula Berger, die Leiterin der Kölner Fachstelle für Suchtvorbeugung": a longer apposition, as the gold data takes it
                if (depth == 0) {
                    int k = npAfter(i + 1, end, 1);
                    if (k > i + 2 && (k >= end || isPunct(k) && !is(k, "(") || finite(k) && !verbBefore)) { i = k; continue; }
                }
            }
            if (y.equals(",") && (pos(i - 1).startsWith("NE") || i - 2 >= p && laterNamePart(i - 1)) && !titledName && i + 1 < end && (pos(i + 1).startsWith("NN") || pos(i + 1).equals("ADJA")) && guard == 0) {
                // "Bill Graham, Parteichef der Liberalen, sagte": an apposition without article after a name
                int j = titleTail(npAfter(i + 1, end), end);
                if (j > i + 1 && (j >= end || is(j, ",") || finite(j) || isPunct(j) || pos(j).equals("APPRART")) && pos(j - 1).matches("NN|NE")) { i = j; continue; }
            }
            // "ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, erklärte": a place or field after the title, then its name
            if (nounHead && !titledName && pos(i).startsWith("APPR") && !TIME_NOUNS.contains(w(i + 1 < end ? i + 1 : i))) {
                int j = titledNameAfterPlace(i, end, verbBefore);
                if (j > i) { i = j; nounHead = false; titledName = true; continue; }
            }
            // "der Oberrabbiner Israels, Yona Metzger": a title with a genitive name (its "-s") is a title too; not an acronym
            // in apposition ("der Leiter der Behörde IAEA, Mohammed ElBaradei (…)")
            boolean titleWithGenitiveName = i - 2 >= p && pos(i - 1).startsWith("NE") && pos(i - 2).startsWith("NN")
                    && w(i - 1).endsWith("s") && !w(i - 1).equals(w(i - 1).toUpperCase());
            if (y.equals(",") && (nounHead || hadNoun || titleWithGenitiveName) && !titledName && i + 1 < end && pos(i + 1).startsWith("NE")) {
                // "der Deutschlandchef von EY, Hubert Bart": the name after the title, also after a name in the title
                int j = i + 1;
                while (j < end && (pos(j).startsWith("NE") || laterNamePart(j))) j++;
                if (j >= end || isPunct(j) || finite(j)) { i = j; nounHead = false; titledName = true; continue; }
            }
            break;
        }
        return i;
    }

    /**
     * "auf pakistanischer Seite, Baitullah Mehsud", "im Bundestag, Annette Widmann-Mauz": a prepositional phrase at i after a
     * title, followed by a comma and a name that ends the phrase (punctuation, the end, or a finite verb when no verb
     * stands before the phrase in its clause); the end of the name, or i.
     */
    private int titledNameAfterPlace(int i, int end, boolean verbBefore) {
        int k = simpleNp(i + 1, end);
        if (k <= i + 1 || k + 1 >= end || !is(k, ",") || !pos(k + 1).startsWith("NE")) return i;
        int j = k + 1;
        while (j < end && (pos(j).startsWith("NE") || laterNamePart(j))) j++;
        if (j >= end || isPunct(j) && !is(j, "(") || finite(j) && !verbBefore) return j;
        return i;
    }

    /** "sagte am Montag Rice": a finite verb between the last clause boundary and p. */
    private boolean finiteBeforeInClause(int p) {
        for (int i = p - 1; i >= 0 && i >= p - 12; i--) {
            if (finite(i)) return true;
            if (isPunct(i) || pos(i).equals("KOUS") || pos(i).equals("KON") || pos(i).startsWith("PREL")) return false;
        }
        return false;
    }

    /**
     * "müsste laut Verfassung der Parlamentspräsident": "der" before a masculine singular noun is no genitive (that
     * would be "des"), the phrase [i, j) is a new subject.
     */
    private boolean masculineAfterDer(int i, int j) {
        if (!is(i, "der") || !pos(j - 1).startsWith("NN")) return false;
        // "der Associated Press": a capitalised word after the noun continues a name the tagger split
        if (j < toks.size() && Character.isUpperCase(w(j).charAt(0)) && !finite(j)) return false;
        org.newsgraph.model.Morphology m = toks.get(j - 1).morphology();
        return m != null && "MAS".equals(m.gender()) && "SIN".equals(m.number());
    }

    /**
     * "kanadischer General und Kommandeur des Einsatzes", "Leiter der Abteilung bei der Stiftung": a second
     * title joined by "und" and a "bei" phrase continue an apposition ending at j; the new end, or j.
     */
    private int titleTail(int j, int end) {
        for (int guard = 0; guard < 2 && j + 1 < end; guard++) {
            if (is(j, "und") && pos(j + 1).startsWith("NN")) {
                int k = npAfter(j + 1, end);
                if (k > j + 1 && (k >= end || isPunct(k) || pos(k).equals("APPRART"))) { j = k; continue; }
            }
            if (is(j, "bei") && !TIME_NOUNS.contains(w(j + 1))) {
                int k = simpleNp(j + 1, end);
                if (k > j + 1 && (k >= end || isPunct(k))) { j = k; continue; }
            }
            break;
        }
        return j;
    }

    /** "Von der Leyen", "Van Gogh" at the start of a clause: a name beginning with a capitalised particle; its end, or p. */
    private int nameWithParticle(int p, int end) {
        if (!(w(p).equals("Von") || w(p).equals("Van") || w(p).equals("De"))) return p;
        int i = p + 1;
        if (i < end && (is(i, "der") || is(i, "den") || is(i, "dem"))) i++;
        int j = i;
        while (j < end && pos(j).startsWith("NE")) j++;
        return j > i ? j : p;
    }

    private int simpleNp(int p, int end) {
        int named = nameWithParticle(p, end);
        if (named > p) return named;
        int i = p;
        String pp = pos(i);
        if (pp.equals("ART") || pp.equals("PPOSAT") || pp.equals("PIAT") || pp.equals("PDAT") || pp.equals("PIDAT") || pp.equals("CARD")
                || pp.equals("PRELAT") || is(i, "dessen") || is(i, "deren")) i++;
        // "die beiden Sängerinnen", "die vielen Helfer": a second determiner (tagged PDAT, PIAT) after the article
        if (i > p && pp.equals("ART") && i + 1 < end && (pos(i).equals("PDAT") || pos(i).equals("PIAT") || pos(i).equals("PIDAT"))
                && (pos(i + 1).startsWith("NN") || pos(i + 1).equals("ADJA"))) i++;
        if (i > p) i = extendedAttribute(i, end);
        while (i < end && (pos(i).equals("ADJA") || pos(i).equals("ADJD") || pos(i).equals("CARD") || is(i, "-") || truncatedPair(i, end))) i++;
        int head = i;
        while (i < end && ((nominal(i) || i > head && (capitalisedInName(i) || numberInName(i, end) || particleInName(i, end)) || truncatedPair(i, end))
                && directOf[i] < 0)) i++;
        if (i < end && directOf[i] >= 0 && marks.get(directOf[i]).name() && marks.get(directOf[i]).open() == i) {
            i = marks.get(directOf[i]).close() + 1;
        }
        return i == head ? p : i;
    }

    /**
     * "der für die Omo-Region zuständige Koordinator", "die im Juni gewählte Präsidentin": a phrase between the
     * determiner and the attributive adjective before the noun; the adjective's index, or i if none.
     */
    private int extendedAttribute(int i, int end) {
        if (i >= end || !pos(i).startsWith("APPR")) return i;
        for (int k = i + 1; k < end && k < i + 8; k++) {
            String pk = pos(k);
            if (pk.equals("ADJA") && k + 1 < end && (pos(k + 1).startsWith("NN") || pos(k + 1).startsWith("NE"))) return k;
            if (!(pk.equals("ART") || pk.startsWith("NN") || pk.startsWith("NE") || pk.equals("ADJA") || pk.equals("CARD")
                    || pk.equals("ADV") || pk.equals("PPOSAT") || pk.startsWith("APPR")) || directOf[k] >= 0) return i;
        }
        return i;
    }

    /**
     * "Außen- und Sicherheitspolitik", "leukämie- und nierenkranken": a truncated first part ("Außen-") or the conjunction
     * after it, when the completing word follows; the pair is one word.
     */
    private boolean truncatedPair(int i, int end) {
        boolean hyphened = w(i).length() > 1 && w(i).endsWith("-");
        if (hyphened) return i + 2 < end && (is(i + 1, "und") || is(i + 1, "oder")) && !isPunct(i + 2) && directOf[i + 2] < 0;
        return (is(i, "und") || is(i, "oder")) && i > 0 && w(i - 1).length() > 1 && w(i - 1).endsWith("-") && i + 1 < end && !isPunct(i + 1);
    }

    // ---------------------------------------------------------------- indirect and reported speech

    private void indirect(int s) {
        int a = sentStart[s], b = sentEnd[s];
        if (a >= b) return;
        int last = b;
        while (last > a && isPunct(last - 1) && directOf[last - 1] < 0) last--;
        boolean any = false;
        for (boolean reported : new boolean[]{false, true}) {
            if (reported && any) return;
            for (int t = a; t < last; t++) {
                if (used[t] || directOf[t] >= 0) continue;
                Found f = reported ? null : prepositionCue(s, t, a, last);
                if (f != null) f.origin = "preposition";
                if (f == null) f = verbCue(s, t, a, last, b, reported);
                if (f == null && !reported) f = nounCue(t, last);
                if (f == null && !reported) f = perfectAfterClause(t, a, last);
                if (f != null) {
                    f.sentence = s;
                    found.add(f);
                    any = true;
                    // the rest of the sentence may hold the next statement ("..., doch X erklärte, ...")
                    if (used[last - 1]) return;
                }
            }
        }
    }

    /** "laut X", "X zufolge", "nach Angaben X", "wie X mitteilte", "demnach". */
    private Found prepositionCue(int s, int t, int a, int last) {
        String x = lw(t);
        int cueFrom = t, cueTo = t + 1, spFrom = -1, spTo = -1;
        List<Integer> cueToks = new ArrayList<>(List.of(t));
        int qa = a, relEnd = last;
        if (t > a + 1 && is(t - 1, ",") && (x.equals("wonach") || x.equals("nach") && t + 2 < last
                && (pos(t + 1).equals("PRELS") || is(t + 1, "denen") || is(t + 1, "welchem") || is(t + 1, "welcher")))) {
            // "eine Schätzung, wonach ...", "Umfragen, nach denen ...": the relative clause is the statement;
            // the gold speaker is the antecedent of "wonach", the pronoun after "nach"
            if (x.equals("wonach")) {
                int ant = antecedentBefore(t - 1);
                if (ant < t - 1) { spFrom = ant; spTo = t - 1; }
            } else {
                spFrom = t + 1; spTo = t + 2; cueTo = t + 2;
            }
            qa = t;
            // the relative clause ends at the first comma after its verb ("Zu Berichten, wonach ... könnte, hieß es ...")
            boolean verb = false;
            for (int i = t + 1; i < last; i++) {
                if (verb && is(i, ",")) { relEnd = i; break; }
                if (finite(i)) verb = true;
            }
        } else if (x.equals("laut") && t + 1 < last && !finite(t + 1)
                && (!isPunct(t + 1) || directOf[t + 1] >= 0 && marks.get(directOf[t + 1]).name())) {
            int np = npAfter(t + 1, last);
            // "laut taz", "laut el-Baradei": a lowercase name the tagger does not read as noun
            if (np == t + 1 && t + 2 <= last && !pos(t + 1).startsWith("V") && !pos(t + 1).startsWith("AP") && !pos(t + 1).startsWith("K")) np = t + 2;
            if (np == t + 1) return null;
            if (t == a) np = prefieldEnd(np, last);
            spFrom = t + 1; spTo = np; cueTo = np;
        } else if (x.equals("zufolge")) {
            int i = t;
            while (i > a && (nominal(i - 1) || pos(i - 1).equals("ART") || pos(i - 1).equals("ADJA") || is(i - 1, "von")
                    || is(i - 1, ")") || is(i - 1, "(")
                    || is(i - 1, "und") && i - 2 >= a && nominal(i - 2) && nominal(i)
                    || i == t && pos(i - 1).equals("PPER") // "Ihnen zufolge"
                    || w(i - 1).contains("-") && !pos(i - 1).startsWith("V") // "Dem Sender al-Dschasira zufolge"
                    || directOf[i - 1] >= 0 && marks.get(directOf[i - 1]).name()) && t - i < 10) i--;
            if (i == t) return null;
            i = zufolgeSourceStart(a, i, t);
            spFrom = i; spTo = t; cueFrom = i;
        } else if ((x.equals("nach") || x.equals("gemäß")) && t + 1 < last && !(x.equals("nach") && t > a && AFTER_TIME.contains(lw(t - 1)))
                && (sourceNpAfter(t + 1, last) > t + 1 || x.equals("gemäß") && npAfter(t + 1, last) > t + 1)) {
            // "gemäß der Netzzeitung": unlike "nach", "gemäß" always names a source
            int np = x.equals("gemäß") ? npAfter(t + 1, last) : sourceNpAfter(t + 1, last);
            if (t == a) np = prefieldEnd(np, last);
            spFrom = t + 1; spTo = np; cueTo = np;
        } else if (x.equals("so") && t > a && (is(t - 1, ",") || dash(t - 1)) && t + 1 < last && !finite(t + 1)) {
            int np = npAfter(t + 1, last);
            int after = np;
            // "so Obama weiter" (the tagger reads "weiter" as a verb particle)
            while (after < last && (pos(after).equals("ADV") || is(after, "weiter")) && after < np + 3) after++;
            // "…, so das Ergebnis einer gestern vorgestellten Studie der Stiftung Warentest.": a verbless rest belongs to the source
            // "– so Canny –,": the frame between dashes
            // (someone who can speak: "– so der eigene Wunsch –" is an aside of the writer)
            if (dash(t - 1) && !(np > t + 1 && canSpeak(t + 1, np))) return null;
            if (dash(t - 1) && after < last && dash(after)) after++;
            if (np > t + 1 && after < last) {
                int rest = sourceRestEnd(after, last);
                if (rest != after) after = rest;
                else if (!is(after, ",") && !clauseWithVerb(after, last)) after = last;
            }
            if (np == t + 1 || !(after >= last || is(after, ",") || dash(after - 1) && dash(t - 1)) || !clauseWithVerb(a, t - 1) && !clauseWithVerb(after, last)) return null;
            // "…, so Frank Karl, Leiter der Abteilung Information bei der Stiftung.": a verbless apposition ending the sentence belongs to the source
            if (np == after && is(after, ",") && nominal(np - 1) && closingApposition(after + 1, last)) np = after = last;
            spFrom = t + 1; spTo = np; cueTo = after;
        } else if (x.equals("nach") && t > a && nominal(t - 1) && SpeechCues.isSourceNoun(w(t - 1))
                && (t + 1 >= last || finite(t + 1) || is(t + 1, ",") || pos(t + 1).equals("ADV"))) {
            // "seiner Meinung nach", "Dem Vernehmen nach": the source before the postposition
            int i = t - 1;
            while (i > a && (pos(i - 1).equals("ART") || pos(i - 1).equals("PPOSAT") || pos(i - 1).equals("ADJA") || pos(i - 1).equals("PDAT"))) i--;
            spFrom = i; spTo = t; cueFrom = i;
        } else if (x.equals("demnach") || x.equals("danach") && t == a && afterSource(s)) {
            // the source is the previous sentence's; no speaker of its own
        } else if (x.equals("wie") && (t == a || is(t - 1, ",") || t == a + 1 && pos(a).equals("KON"))) {
            if (t == a + 1) qa = t; // "Denn wie X berichtete, …": the conjunction links the sentence, it is not reported
            int sp0 = is(t + 1, "sich") ? t + 2 : t + 1; // "wie sich Tauss ausdrückte"
            // "Wie schon die WHO sagte", "Wie gestern die Polizei mitteilte": an adverb before the speaker is no part of it
            for (int g = 0; g < 2 && sp0 + 1 < last && pos(sp0).equals("ADV") && startsSpeakerPhrase(sp0 + 1); g++) sp0++;
            int np0 = npAfter(sp0, last);
            if (np0 == sp0) np0 = t + 1;
            int j = np0 > t + 1 && np0 + 1 < last && is(np0, ",") ? np0 + 1 : t + 1;
            if (np0 > t + 1 && np0 < last && finite(np0)) j = np0; // "Wie X, ein Sprecher der Armee mitteilte
            // "Wie die Fernsehsender berichten": a plural present at the clause end may be tagged as infinitive
            while (j < last && !is(j, ",") && !finite(j) && !(pos(j).equals("VVINF") && pluralAtClauseEnd(j, last))) j++;
            if (j >= last || is(j, ",")) return null;
            Frame fr = new Frame();
            int k = j;
            while (k < last && !is(k, ",")) k++;
            // "Wie die Sender berichten sind zwei Polizisten …": the comma after the frame is missing
            boolean noComma = pos(j).equals("VVINF") && j + 1 < last && finite(j + 1) && k > j + 1;
            if (noComma) k = j + 1;
            SpeechCues.Verb v = null;
            for (int c = j; c < k && v == null; c++) if (pos(c).equals("VVPP") || pos(c).equals("VVFIN") || pos(c).equals("VVINF")) v = verbNoParticle(c, fr);
            if (v == null) v = wieClauseVerb(j, k, fr);
            if (v == null && j - 1 > t && is(j - 1, "bekannt") && (lemma(j).equals("werden") || lemma(j).equals("geben"))) {
                // "Wie bekannt wurde", "Wie X bekannt gab"
                fr.cue.add(j - 1);
                fr.cue.add(j);
                v = SpeechCues.BECOME_KNOWN;
            } else if (v == null && j - 2 > t && is(j - 2, "bekannt") && (lemma(j - 1).equals("werden") || lemma(j - 1).equals("geben"))) {
                // "Wie bekannt geworden war", "Wie X bekannt gegeben hatte"
                fr.cue.add(j - 2);
                fr.cue.add(j - 1);
                fr.cue.add(j);
                v = SpeechCues.BECOME_KNOWN;
            }
            if (v == null) return null;
            cueToks.addAll(fr.cue);
            if (j == t + 2 && is(t + 1, "es")) cueToks.add(t + 1); // "Wie es hieß": no speaker
            else if (j > t + 1) { spFrom = sp0 < j ? sp0 : t + 1; spTo = np0 > t + 1 && np0 < j ? np0 : j; }
            for (int c : fr.cue) if (c >= spFrom && c < spTo) spTo = c; // "Wie X bekannt gab": the cue ends the speaker
            if (spTo > spFrom) spTo = placeBeforeCue(spTo, fr.cue);
            if (spTo <= spFrom || !namesSomeone(spFrom, spTo)) spFrom = spTo = -1;
            cueTo = noComma ? k : k + 1;
        } else {
            return null;
        }
        Found f = new Found();
        f.type = QuoteType.INDIRECT;
        int qb = relEnd;
        List<int[]> ranges = new ArrayList<>();
        int lo = cueFrom, hi = Math.min(cueTo, last);
        if (qa < lo) ranges.add(new int[]{qa, lo});
        if (hi < qb) ranges.add(new int[]{hi, qb});
        for (int[] r : ranges) {
            int from = r[0], to = r[1];
            while (from < to && (is(from, ",") || dash(from))) from++;
            while (to > from && (is(to - 1, ",") || dash(to - 1))) to--;
            if (to > from) f.parts.add(chars(from, to));
        }
        if (f.parts.isEmpty()) return null;
        for (int c : cueToks) { f.cue.add(chars(c, c + 1)); used[c] = true; }
        // the gold data marks "Demnach" itself as the speaker (the source it points back to)
        if (x.equals("demnach") || x.equals("danach")) { spFrom = t; spTo = t + 1; }
        if (spFrom >= 0 && spTo > spFrom) { f.speaker = trimmed(spFrom, spTo); mark(spFrom, spTo); }
        mark(qa, relEnd);
        return f;
    }

    /**
     * A determiner or common noun at i that can open the speaker phrase of a "wie" clause; not a name, whose particle the
     * tagger may read as adverb ("Wie de Maizière darlegte").
     */
    private boolean startsSpeakerPhrase(int i) {
        String p = pos(i);
        return p.equals("ART") || p.equals("PPOSAT") || p.equals("PDAT") || p.equals("NN") || p.equals("ADJA");
    }

    /**
     * "Doch sei es, so der Schriftsteller X in einem Blogeintrag, ein Haufen … gewesen": a verbless rest of a parenthetical
     * "so X" source up to its closing comma belongs to the source; the clause resumes after it. A relative clause after that
     * comma still describes the source ("…, so das Ergebnis einer Studie der Stiftung, in der …"). Returns {@code from} when the
     * rest has a verb of its own or no comma after it.
     */
    private int sourceRestEnd(int from, int last) {
        int c = from;
        while (c < last && !is(c, ",")) {
            if (quoteAt(c) || is(c, ":")) return from; // "so Elshorst weiter: «…»"
            c++;
        }
        if (c >= last || clauseWithVerb(from, c)) return from;
        // "so der Präsident laut BBC News, …": a source of its own in the rest is a second frame
        for (int i = from; i < c; i++) if (is(i, "laut") || is(i, "zufolge")) return from;
        boolean relative = pos(c + 1).startsWith("PREL")
                || pos(c + 1).startsWith("APPR") && c + 2 < last && (pos(c + 2).startsWith("PREL") || RELATIVE_AFTER_PREPOSITION.contains(lw(c + 2)));
        if (relative) return last;
        // the clause resumes with a finite verb of its own ("…, so der Aufruf X aus Frankfurt, verbunden mit …" does not)
        return clauseWithVerb(c + 1, last) ? c : from;
    }

    /**
     * "wie die Sender berichten" with the plural present tagged as infinitive: the verb ends the "wie" clause, before a comma,
     * at the end of the sentence (", wie Fachleute betonen.") or before the finite verb of the main clause (comma missing).
     */
    private boolean pluralAtClauseEnd(int j, int last) {
        return j + 1 >= last || is(j + 1, ",") || finite(j + 1);
    }

    /**
     * "Nach Angaben der Presseagenturen dpa und AFP umstellten …": a source phrase opening the sentence fills the prefield,
     * so it runs on to the finite verb over names, nouns, coordinations and a noun after "in", "von", "ohne" the noun phrase
     * rules stop at ("Ärzte ohne Grenzen", "des Bundesamtes in Flensburg"); np if anything else comes first.
     */
    private int prefieldEnd(int np, int last) {
        for (int j = np; j < last && j < np + 10; j++) {
            if (finite(j)) return j;
            String p = pos(j);
            boolean nameOrNoun = nominal(j) || p.equals("ART") || p.startsWith("ADJ") || p.equals("CARD") || is(j, "(") || is(j, ")")
                    || is(j, "-") || is(j, "und") || is(j, "oder") || is(j, "sowie")
                    || (is(j, "in") || is(j, "ohne") || is(j, "von")) && j + 1 < last && nominal(j + 1);
            if (!nameOrNoun || quoteAt(j)) return np;
        }
        return np;
    }

    private static final Set<String> DATIVE_DETERMINERS = Set.of("dem", "den", "einem", "einigen", "vielen", "mehreren", "diesem",
            "diesen", "seinem", "seinen", "ihrem", "ihren");

    /**
     * The start of the dative source before "zufolge", found back to from by the noun phrase scan: the scan goes on over a
     * place or date attached by "in", "aus", "vom", "am" ("Den Behörden in Mombasa zufolge", "Angaben vom Mittwoch zufolge")
     * and over a possessive ("Seiner Darstellung zufolge"), and stops at the last dative determiner right after a noun,
     * where the phrase before it ends ("nimmt Sarkozy dem Figaro zufolge").
     */
    private int zufolgeSourceStart(int a, int from, int t) {
        int i = from;
        while (i > a && t - i < 14) {
            int k = i - 1;
            if (pos(k).equals("PPOSAT") || pos(k).equals("PIAT")) { i = k; break; }
            if (k == a || !(is(k, "in") || is(k, "im") || is(k, "aus") || is(k, "vom") || is(k, "am")) || !nominal(k - 1)) break;
            int j = k;
            while (j > a && t - j < 14 && (nominal(j - 1) || pos(j - 1).equals("ART") || pos(j - 1).equals("ADJA") || pos(j - 1).equals("PPOSAT"))) j--;
            i = j;
        }
        int start = i;
        for (int k = i + 1; k < t; k++) {
            if (DATIVE_DETERMINERS.contains(lw(k)) && (nominal(k - 1) || is(k - 1, ")") || directOf[k - 1] >= 0)) start = k;
        }
        return start;
    }

    /** "Leiter der Abteilung Information bei der Stiftung": [from, to) is a short title phrase, no verb, quotation or comma in it. */
    private boolean closingApposition(int from, int to) {
        if (from >= to || to - from > 12 || !(pos(from).startsWith("NN") || pos(from).equals("ADJA") || pos(from).equals("ART"))) return false;
        for (int i = from; i < to; i++) {
            String p = pos(i);
            if (p.startsWith("V") || p.startsWith("PTK") || p.startsWith("KO") && !is(i, "und") || is(i, ",") || directOf[i] >= 0 && !marks.get(directOf[i]).name()) return false;
        }
        return true;
    }

    /** "Wie heute bekannt wurde", "Wie bereits berichtet": a span of adverbs names no one. */
    private boolean namesSomeone(int from, int to) {
        for (int i = from; i < to; i++) if (!(pos(i).equals("ADV") || pos(i).startsWith("PTK") || pronominalAdverb(i))) return true;
        return false;
    }

    /** "Eine Umfrage wurde veröffentlicht. Danach …": the sentence before names a source or is a statement. */
    private boolean afterSource(int s) {
        if (s == 0) return false;
        for (int i = sentStart[s - 1]; i < sentEnd[s - 1]; i++) if (nominal(i) && SpeechCues.isSourceNoun(w(i))) return true;
        int pb = toks.get(sentStart[s - 1]).begin(), pe = toks.get(sentEnd[s - 1] - 1).end();
        for (Found f : found) if (f.type != QuoteType.DIRECT && f.begin() < pe && pb < f.end()) return true;
        return false;
    }

    /** End of "Angaben der Polizei", "eigenen Angaben", "einem Bericht des Senders" after "nach"; from if none. */
    private int sourceNpAfter(int from, int last) {
        int np = npAfter(from, last);
        for (int i = from; i < np && i < from + 4; i++) {
            if (nominal(i) && SpeechCues.isSourceNoun(w(i))) return sourceApposition(np, last);
        }
        return from;
    }

    /**
     * "Nach Ansicht von Senator Dodd, Vorsitzender des Bankenausschusses, hat …": an apposition closed by a
     * comma before the finite verb of the clause belongs to the source; its end, or np if none.
     */
    private int sourceApposition(int np, int last) {
        if (np + 2 >= last || !is(np, ",") || !nominal(np - 1)) return np;
        String p0 = pos(np + 1);
        if (!(p0.startsWith("NN") || p0.equals("ADJA") || p0.equals("ART"))) return np;
        int k = np + 1;
        while (k < last && k < np + 14 && !is(k, ",") && !pos(k).startsWith("V") && !pos(k).startsWith("KO") && !pos(k).startsWith("PREL")
                && directOf[k] < 0) k++;
        if (k <= np + 1 || k + 1 >= last || !is(k, ",") || !finite(k + 1)) return np;
        return k;
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "im", "aus", "auf");

    /**
     * "Wie die Ärztezeitung in ihrer Onlineausgabe berichtet", "wie die Banca d'Italia in Rom bekannt gab": a place or
     * medium phrase right before the cue of a "wie" clause belongs to the speaker, as the gold data marks it (not a
     * date: "im Juni", "in der Nacht"); the new end of the speaker, or spTo.
     */
    private int placeBeforeCue(int spTo, List<Integer> cue) {
        if (cue.isEmpty() || !PLACE_PREPOSITIONS.contains(lw(spTo))) return spTo;
        int c = java.util.Collections.min(cue);
        int np = npAfter(spTo + 1, c);
        if (np != c || np <= spTo + 1) return spTo;
        for (int i = spTo + 1; i < np; i++) if (TIME_NOUNS.contains(w(i)) || TIME_HEADS.contains(lw(i)) || MONTHS.contains(w(i)) || pos(i).equals("CARD")) return spTo;
        return np;
    }

    /** Verbs that make a "wie" clause a source although they are no verbs of saying: "Wie eine Studie ergab", "wie aus X hervorgeht". */
    private static final Set<String> EVIDENCE_VERBS = Set.of("hervorgehen", "ergeben", "zeigen", "belegen");

    /**
     * The cue of a "wie" clause whose first finite verb j (clause end k) is no verb of saying: the participle before an
     * auxiliary ("Wie die Agentur bekanntgegeben hat", "wie berichtet worden war"), or a verb of evidence. Adds the cue tokens.
     */
    private SpeechCues.Verb wieClauseVerb(int j, int k, Frame fr) {
        int p = j - 1;
        if (is(p, "worden") && p > 0) p--;
        // "wie er genannt wird" names, it reports nothing; "wie sie gefordert würde" compares with a hypothetical
        if (auxiliary(j) && p > 0 && pos(p).startsWith("VV") && !lemma(p).equals("nennen") && !reportMood(j)) {
            SpeechCues.Verb v = cues.verb(lemma(p));
            if (v != null) {
                for (int c = p; c < k; c++) if (c == p || auxiliary(c) || is(c, "worden")) fr.cue.add(c);
                return v;
            }
        }
        for (int c = j; c < k; c++) {
            if (pos(c).startsWith("VV") && EVIDENCE_VERBS.contains(lemma(c))) {
                fr.cue.add(c);
                return new SpeechCues.Verb(lemma(c), Medium.WRITING, false);
            }
        }
        return null;
    }

    /** "wie X mitteilte": the participle or finite verb with a particle before it ("mitteilte" is one token). */
    private SpeechCues.Verb verbNoParticle(int c, Frame fr) {
        SpeechCues.Verb v = cues.verb(lemma(c));
        if (v != null) fr.cue.add(c);
        return v;
    }

    /** A verb of saying: its clause complement after or before it, or the sentence as reported speech. */
    private Found verbCue(int s, int t, int a, int last, int b, boolean allowReported) {
        Frame fr = new Frame();
        SpeechCues.Verb v = cueVerb(t, last, fr);
        if (v == null) return null;
        // "Er glaube nicht, dass ..., sagte er": a verb in the subjunctive is part of someone's statement, not its frame
        if ("KJ1".equals(mood(t))) return null;
        boolean heisst = lemma(t).equals("heißen") && (is(t + 1, "es") || is(t - 1, "es"));
        if (lemma(t).equals("heißen") && !heisst) return null;
        fr.medium = v.medium();
        if (heisst) {
            Frame h = frameAt(t, last);
            if (h == null) {
                h = new Frame();
                if (t - 2 >= a && is(t - 1, "es") && auxiliary(t - 2)) h.cue.add(t - 2);
                h.cue.add(t - 1);
                h.cue.add(t);
                h.end = t + 1;
            }
            if (h.spFrom < 0) sourceInPrefield(h, a, t);
            fr = h;
            fr.medium = Medium.WRITING;
        } else if (t - 2 >= a && is(t - 1, "so") && is(t - 2, ",")) {
            // "Der Grund, so vermutet die Zeitung, dürfte …": the speaker follows the parenthetical verb
            fr.cue.add(0, t - 1);
            speakerAfter(fr, t + 1, last);
            fr.end = Math.max(fr.end, t + 1);
        } else {
            subject(fr, a, t, last);
            // "wurde von Beobachtern der Schluss gezogen": the speaker ends where the cue phrase begins; "Einige vertreten die
            // Auffassung": the object of the phrase is no speaker (but "war die Entscheidung gefallen": the subject is, as in
            // the gold data)
            if (fr.spFrom >= 0 && fr.cue.contains(fr.spFrom) && !SUBJECT_ACTS.contains(lemma(t))) fr.spFrom = fr.spTo = -1;
            if (fr.spFrom >= 0 && !fr.cue.contains(fr.spFrom)) for (int c : fr.cue) if (c > fr.spFrom && c < fr.spTo) fr.spTo = c;
        }
        // the complement: ", dass ...", ", er sei ...", ", ... zu tun", ": ..."
        int scanFrom = Math.max(fr.end, t + 1);
        for (int c : fr.cue) scanFrom = Math.max(scanFrom, c + 1);
        int comp = complementAfter(scanFrom, last);
        if (comp < 0) comp = resumedAfterParenthesis(a, t, scanFrom, last);
        if (comp < 0) comp = zuInfinitiveWithoutComma(t, scanFrom, last);
        Found f = new Found();
        f.medium = fr.medium;
        int stop = last;
        if (comp >= 0) {
            f.type = QuoteType.INDIRECT;
            stop = complementEnd(comp, last);
            // "Der Grund …, so vermutet X, dürfte …": the statement runs around the parenthetical frame
            if (t - 2 > a && is(t - 1, "so") && is(t - 2, ",") && !used[a]) f.parts.add(chars(a, t - 2));
            f.parts.add(chars(comp, stop));
            // "verwies darauf, dass", "sprach sich dafür aus, dass": the pronominal adverb announcing the clause is part of the cue
            int k = comp - 1;
            if (k > t && is(k, ",")) k--;
            if (k > t && pronominalAdverb(k) && !placingAdverb(k) && !fr.cue.contains(k)) fr.cue.add(k);
        } else if (t > a && (is(t - 1, ",") || is(t - 1, "so") && t - 2 >= a && is(t - 2, ",") || demonstrativeAfterComma(a, t)) && !heisst
                || heisst && t - 1 > a && (is(t - 1, ",") || is(t - 1, "so") && t - 2 > a && is(t - 2, ","))) {
            int comma = is(t - 1, ",") ? t - 1 : t - 2;
            int from = a;
            if (comma <= from || !clauseWithVerb(from, comma)) return null;
            if (pos(from).equals("KOUS") && !is(from, "dass") && !is(from, "ob")) return null;
            f.type = QuoteType.INDIRECT;
            f.parts.add(chars(from, comma));
            int after = fr.end;
            if (after < last && is(after, ",") && after + 1 < last && clauseWithVerb(after + 1, last) && !quoteAt(after + 1)) {
                f.parts.add(chars(after + 1, last));
            }
        } else if (allowReported && v.reported() && !heisst && fr.spFrom >= 0 && !fr.fallback && !passive(fr, t) && !pointsBack(s, t)) {
            boolean anyQuote = false;
            for (int i = a; i < b; i++) if (directOf[i] >= 0 && !marks.get(directOf[i]).name()) anyQuote = true;
            if (anyQuote) return null;
            f.type = QuoteType.REPORTED;
            f.parts.add(chars(a, b));
        } else {
            return null;
        }
        // reported speech has no cue in the gold data (the verb reports an act, the sentence is the statement);
        // a separable verb of saying keeps its two-part cue ("kündigte ... an"), as the issue asks
        boolean keepCue = f.type != QuoteType.REPORTED || fr.cue.stream().anyMatch(c -> pos(c).equals("PTKVZ"));
        for (int c : fr.cue) { if (keepCue) f.cue.add(chars(c, c + 1)); used[c] = true; }
        if (fr.spFrom >= 0) f.speaker = trimmed(fr.spFrom, fr.spTo);
        if (fr.adFrom >= 0) f.addressee = chars(fr.adFrom, fr.adTo);
        int[] hint = outletIn(a, stop);
        if (hint != null) f.outletHint = hint;
        mark(a, stop);
        return f;
    }

    /** Nouns of a speech act or stance that take the statement as their complement clause ("die Forderung, … zu …"). */
    private static final Set<String> STATEMENT_NOUNS = Set.of("Forderung", "Forderungen", "Behauptung", "Behauptungen",
            "Ankündigung", "Appell", "Aufruf", "Aufrufe", "Bitte", "Hinweis", "Hinweise", "Warnung", "Aufforderung", "Vorwurf",
            "Vorwürfe", "Hoffnung", "Befürchtung", "Theorie", "These", "Vermutung", "Drohung", "Zusage", "Versprechen",
            "Gerücht", "Gerüchte", "Aussage", "Schlussfolgerung", "Argument", "Begründung", "Rede");
    private static final Set<String> THOUGHT_NOUNS = Set.of("Hoffnung", "Befürchtung", "Theorie", "These", "Vermutung");

    /**
     * A noun of a speech act with its complement, where no verb of saying frames the sentence: "Trotz der Ankündigung ihres
     * Trainers, die Zusammenarbeit zu beenden, …", "Auf die Bitte, ihm Zahlungen zu gewähren, erfolgte keine Reaktion". The
     * cue is the noun with its article; a genitive or "von" phrase after it is the speaker.
     */
    private Found nounCue(int t, int last) {
        if (!pos(t).startsWith("NN") || !STATEMENT_NOUNS.contains(w(t))) return null;
        int from = t;
        while (from - 1 >= 0 && pos(from - 1).equals("ADJA") && !used[from - 1]) from--;
        if (from - 1 >= 0 && (pos(from - 1).equals("ART") || pos(from - 1).equals("PPOSAT") || pos(from - 1).equals("PDAT")) && !used[from - 1]) from--;
        int np = npAfter(from, last);
        if (np <= t) np = t + 1;
        // "Hinweise für die Behauptungen, dass …": the last statement noun before the clause takes it
        for (int i = t + 1; i < np; i++) if (used[i] || quoteAt(i) || STATEMENT_NOUNS.contains(w(i))) return null;
        if (np >= last || !(is(np, ",") || is(np, ":"))) return null;
        // "So gebe es Hinweise, dass …": in a clause in reported mood the noun is part of someone's statement
        for (int i = from - 1; i >= 0 && sentOf[i] == sentOf[t] && !is(i, ","); i--) if (reportMood(i)) return null;
        int comp = complementAfter(np, last);
        if (comp < 0 || !statementComplement(np, comp, last)) return null;
        int stop = nominalComplementEnd(comp, complementEnd(comp, last));
        for (int i = comp; i < stop; i++) if (used[i]) return null;
        Found f = new Found();
        f.type = QuoteType.INDIRECT;
        f.medium = THOUGHT_NOUNS.contains(w(t)) ? Medium.THOUGHT : Medium.SPEECH;
        f.parts.add(chars(comp, stop));
        for (int c = existentialBefore(from); c <= t; c++) f.cue.add(chars(c, c + 1));
        // the speaker: a genitive or "von" phrase ("die Forderung des Vorsitzenden"), not another prepositional phrase
        if (np > t + 1 && (GENITIVE_ARTICLES.contains(lw(t + 1)) || is(t + 1, "von") || is(t + 1, "vom") || pos(t + 1).startsWith("NE"))) {
            f.speaker = trimmed(t + 1, np);
        }
        mark(from, stop);
        return f;
    }

    /** A relative pronoun, also one the tagger read as article: not followed by its noun ("auf den die Behörden …"). */
    private boolean relativePronounAt(int i) {
        return pos(i).startsWith("PREL") || RELATIVE_PRONOUNS.contains(lw(i)) && !pos(i + 1).startsWith("NN") && !pos(i + 1).startsWith("ADJA")
                && !pos(i + 1).startsWith("NE");
    }

    private static final Set<String> EXISTENTIAL_VERBS = Set.of("geben", "sein", "bestehen", "kommen", "herrschen");

    /**
     * "gab es Hinweise, dass …", "war die Rede, dass …", "Es besteht der Vorwurf, …": a verb that only states the act noun
     * after it (with its expletive) belongs to the cue, as in the gold data; the first cue token.
     */
    private int existentialBefore(int from) {
        int v = from - 1;
        if (v >= 0 && is(v, "es") && v - 1 >= 0 && finite(v - 1) && EXISTENTIAL_VERBS.contains(lemma(v - 1))) return v - 1;
        if (v < 0 || !finite(v) || !EXISTENTIAL_VERBS.contains(lemma(v)) || used[v]) return from;
        return v - 1 >= 0 && is(v - 1, "es") ? v - 1 : v;
    }

    /**
     * The complement of a statement noun: a clause opened by "dass", "ob" or a w-word, a zu-infinitive, a clause in reported
     * mood, or what follows a colon; not a relative clause ("ein Hinweis, auf den die Polizei reagiert hätte").
     */
    private boolean statementComplement(int np, int comp, int last) {
        if (is(np, ":")) return true;
        if (relativePronounAt(comp) || pos(comp).startsWith("APPR") && comp + 2 < last && relativePronounAt(comp + 1)) return false;
        if (COMPLEMENTIZERS.contains(lw(comp))) return true;
        for (int j = comp; j < last && !is(j, ","); j++) {
            if (reportMood(j) || zuInfinitiveAt(j)) return true;
        }
        return false;
    }

    /**
     * Where the complement of a statement noun inside a main clause ends: before a comma after which the main clause
     * resumes with its finite verb ("Dem Appell der Polizei, sich zu stellen, folgte er nicht") or ends without one
     * ("… für die Behauptung, dass …, gefunden").
     */
    private int nominalComplementEnd(int comp, int stop) {
        for (int k = comp + 1; k < stop; k++) {
            if (!is(k, ",") || quoteAt(k) || k + 1 >= stop) continue;
            if (finite(k + 1)) return trimEnd(comp, k);
            boolean verb = false;
            for (int j = k + 1; j < stop; j++) {
                if (finite(j) || zuInfinitiveAt(j) || quoteAt(j) || is(j, ",")) { verb = true; break; }
            }
            if (!verb) return trimEnd(comp, k);
        }
        return stop;
    }

    /**
     * "Es drohe ein Wettlauf, hatte Obama bei seinem Treffen in Moskau gesagt", "Der Prozess könne ein Jahr dauern, wird
     * vermutet": a perfect or passive frame after the clause it reports. The auxiliary opens the frame right after the comma,
     * the participle closes it; the subject stands between them (none in the impersonal passive).
     */
    private Found perfectAfterClause(int t, int a, int last) {
        if (t - 1 <= a || !is(t - 1, ",") || !auxiliary(t) || "KJ1".equals(mood(t))) return null;
        // the frame runs to the next comma, "und" or the end of the sentence (the middle field may be long:
        // "hatte Obama bei seinem Treffen mit … in Moskau im Vorfeld des G8-Treffens gesagt"); its last word is the participle
        int end = t + 1;
        while (end < last && !is(end, ",") && !is(end, "und") && !quoteAt(end)) end++;
        if (end < last && quoteAt(end)) return null;
        int j = end - 1;
        if (is(j, "worden")) j--;
        if (j - 1 > t && lw(j - 1).equals("bekannt")) j--; // "hatte X bekannt gegeben"
        if (j <= t || !participleAt(j, last)) return null;
        for (int i = t + 1; i < j; i++) if (finite(i)) return null;
        Frame fr = new Frame();
        SpeechCues.Verb v = cueVerb(j, last, fr);
        if (v == null) return null;
        fr.cue.add(0, t);
        fr.medium = v.medium();
        speakerAfter(fr, is(t + 1, "von") || is(t + 1, "vom") ? t + 2 : t + 1, j);
        for (int c : fr.cue) end = Math.max(end, c + 1);
        // "X, die …, hat bekannt gegeben, dass …": the frame of a complement after it, with a long subject before
        if (end < last && is(end, ",") && complementAfter(end, last) >= 0) return null;
        if (!mainClauseBefore(a, t - 1)) return null;
        // "…, werden ihm geringe Chancen eingeräumt": the subject of a passive is no speaker; only "von X" is
        // ("wird Panetta zitiert" names the one quoted)
        if (lemma(t).equals("werden") && fr.spFrom >= 0 && !is(fr.spFrom - 1, "von") && !is(fr.spFrom - 1, "vom")
                && !lemma(j).equals("zitieren")) return null;
        Found f = new Found();
        f.type = QuoteType.INDIRECT;
        f.parts.add(chars(a, t - 1));
        apply(f, fr);
        mark(a, end);
        return f;
    }

    /**
     * "Es drohe ein Wettlauf, …": the tokens [a, comma) open with a main clause, a finite verb before the first comma and no
     * subordinator, relative or interrogative word first ("Ob es dazu kommt, ist …", "Ein Bericht, wonach …, wurde …").
     */
    private boolean mainClauseBefore(int a, int comma) {
        String p = pos(a);
        if (p.equals("KOUS") || p.startsWith("PW") || p.startsWith("PREL") || COMPLEMENTIZERS.contains(lw(a))) return false;
        for (int i = a; i < comma && !is(i, ","); i++) if (finite(i) && !quoteAt(i)) return true;
        return false;
    }

    /** "Die Kamera ist ausgefallen, das teilte das Institut mit": a demonstrative after the comma points back to the clause before. */
    private boolean demonstrativeAfterComma(int a, int t) {
        return t - 2 > a && is(t - 2, ",") && (is(t - 1, "das") || is(t - 1, "dies")) && finite(t) && !"KJ1".equals(mood(t));
    }

    /**
     * "… gefunden. Das berichtete die Agentur.": a cue verb right after a sentence-initial demonstrative whose sentence
     * follows another in the same paragraph reports that sentence (demonstrativeFrames), not its own.
     */
    private boolean pointsBack(int s, int t) {
        int a = sentStart[s];
        return s > 0 && t == a + 1 && DEMONSTRATIVES.contains(lw(a)) && paraOf[s] == paraOf[s - 1];
    }

    /**
     * "Die Firma hat angekündigt die Preise zu erhöhen": after a clause-final participle cue, a zu-infinitive clause without
     * the comma before it; its start, or -1.
     */
    private int zuInfinitiveWithoutComma(int t, int scanFrom, int last) {
        if (!pos(t).equals("VVPP") || scanFrom >= last || isPunct(scanFrom) || quoteAt(scanFrom)) return -1;
        int e = scanFrom;
        while (e < last && !is(e, ",") && !quoteAt(e)) {
            if (finite(e)) return -1;
            e++;
        }
        int v = e - 1;
        boolean zu = pos(v).equals("VVIZU") || separableZuInfinitive(v)
                || v - 1 > scanFrom && pos(v - 1).equals("PTKZU") && (pos(v).equals("VVINF") || pos(v).equals("VAINF"));
        return zu && v - scanFrom >= 2 ? scanFrom : -1;
    }

    /**
     * "In zehn Jahren, so schätzen die Forscher, soll die Arbeit abgeschlossen sein": after a parenthetical "so" frame the
     * sentence resumes with its finite verb; that clause is the complement (the part before the frame is added by the caller).
     */
    private int resumedAfterParenthesis(int a, int t, int scanFrom, int last) {
        if (!(t - 2 > a && is(t - 1, "so") && is(t - 2, ","))) return -1;
        if (scanFrom + 1 >= last || !is(scanFrom, ",") || !finite(scanFrom + 1) || quoteAt(scanFrom + 1)) return -1;
        return scanFrom + 1;
    }

    /**
     * "Im Bericht heißt es", "Bei der Agentur RIA hieß es", "In den Berichten hatte es geheißen": the source of
     * "heißen" (cue token t) stands in the prefield, a prepositional phrase before the finite verb; sets the speaker.
     */
    private void sourceInPrefield(Frame h, int a, int t) {
        int f;
        if (is(t + 1, "es")) f = t;
        else if (t - 2 >= a && is(t - 1, "es") && auxiliary(t - 2)) f = t - 2;
        else return;
        int pp = a;
        while (pp < f && (pos(pp).equals("ADV") || pos(pp).equals("KON"))) pp++;
        if (pp >= f || !PREFIELD_SOURCES.contains(lw(pp))) return;
        String x0 = lw(pp);
        int np = npAfter(pp + 1, f);
        if (np <= pp + 1) return;
        // "In der Ankündigung des Sekretärs von heute Mittag heißt es": a short remainder of the prefield belongs to it
        if (np < f && f - np <= 4) {
            for (int i = np; i < f; i++) if (is(i, ",") || finite(i) || quoteAt(i)) return;
            np = f;
        }
        if (np != f && !relativeClauseBetween(np, f)) return;
        boolean document = documentNoun(pp + 1, np);
        h.spFrom = document || x0.equals("im") || x0.equals("vom") || x0.equals("beim") ? pp + 1 : pp;
        if (!document && (x0.equals("im") || x0.equals("vom") || x0.equals("beim"))) h.spFrom = pp;
        h.spTo = np;
        h.end = Math.max(h.end, t + 1);
    }

    /** "So heißt es in der Meldung wörtlich: «…»": the document after "heißt es" before a colon, as in a trailing frame. */
    private void sourceAfterEs(Frame fr, int t, int end) {
        if (!is(t + 1, "es")) return;
        int q = t + 2;
        while (q < end && pos(q).equals("ADV")) q++;
        if (q >= end || !(is(q, "in") || is(q, "im") || is(q, "auf") || is(q, "bei") || is(q, "beim"))) return;
        int np = npAfter(q + 1, end);
        if (np <= q + 1 || !documentNoun(q + 1, np)) return;
        fr.spFrom = q + 1;
        fr.spTo = np;
        fr.end = Math.max(fr.end, np);
    }

    /**
     * "In dieser Resolution, die vom Rat angenommen wurde, heißt es": the noun phrase from {@code from} is followed by a
     * relative clause set off by commas that ends right before {@code f}, so the phrase still fills the prefield alone.
     */
    private boolean relativeClauseBetween(int from, int f) {
        if (!is(from, ",") || f - from < 4 || !is(f - 1, ",")) return false;
        int r = from + 1;
        if (pos(r).equals("APPR")) r++;
        // the tagger often reads the relative pronoun as an article; a verb closing the clause confirms it
        if (!pos(r).equals("PRELS") && !RELATIVE_PRONOUNS.contains(lw(r))) return false;
        for (int i = r + 1; i < f - 1; i++) if (is(i, ",") || quoteAt(i)) return false;
        return pos(f - 2).startsWith("V");
    }

    /** "im «Handelsblatt»", "dem «Handelsblatt»": a quoted name in the frame, where the statement appeared. */
    private int[] outletIn(int a, int last) {
        for (int i = a; i < last; i++) {
            if (directOf[i] >= 0 && marks.get(directOf[i]).name() && marks.get(directOf[i]).open() == i) {
                Mark m = marks.get(directOf[i]);
                return new int[]{toks.get(m.first()).begin(), toks.get(m.last()).end()};
            }
        }
        return null;
    }

    /**
     * Where a complement ends: before a direct quotation or the colon introducing it, or before
     * ", doch/aber X erklärte ..." that opens the next statement.
     */
    private int complementEnd(int from, int last) {
        for (int k = from + 1; k < last; k++) {
            if (is(k, ":") && k + 1 < last && quoteAt(k + 1)) return trimEnd(from, k);
            if (is(k, ";") && !quoteAt(k)) return trimEnd(from, k);
            if ((is(k, ",") || is(k, "und")) && !quoteAt(k)) {
                // "…, und fügte hinzu, …": a coordinated verb of saying opens the next statement
                int j = k + 1;
                if (j < last && is(j, "und")) j++;
                Frame probe = new Frame();
                if (j < last && finite(j) && cueVerb(j, last, probe) != null) return trimEnd(from, k);
                // "…, so Nasrallah im Fernsehen", "…, wie die Zeitung schreibt": a trailing frame
                if (is(k, ",") && k + 2 < last && is(k + 1, "so") && !finite(k + 2) && npAfter(k + 2, last) > k + 2) return trimEnd(from, k);
                if (is(k, ",") && k + 2 < last && is(k + 1, "wie")) {
                    int e = k + 2;
                    while (e < last && !is(e, ",")) e++;
                    Frame w = new Frame();
                    if (e - 1 > k + 2 && cueVerb(e - 1, e, w) != null && (e >= last || is(e, ","))) return trimEnd(from, k);
                }
            }
            if (is(k, ",") && k + 1 < last && CONTRAST.contains(lw(k + 1))) {
                for (int j = k + 2; j < last && j < k + 12 && !is(j, ","); j++) {
                    Frame probe = new Frame();
                    if (finite(j) && cueVerb(j, last, probe) != null) return trimEnd(from, k);
                }
            }
        }
        return last;
    }

    private int trimEnd(int from, int to) {
        while (to > from + 1 && isPunct(to - 1) && directOf[to - 1] < 0) to--;
        return to;
    }

    /** A dash setting off a parenthesis ("– so Canny –"). */
    private boolean dash(int i) { return is(i, "-") || is(i, "–") || is(i, "—"); }

    private boolean clauseWithVerb(int from, int to) {
        for (int i = from; i < to; i++) if (finite(i) && !quoteAt(i)) return true;
        return false;
    }

    /** Start of a clause complement after the cue frame, or -1. */
    private int complementAfter(int from, int last) {
        int depth = 0, skipped = 0;
        for (int k = from; k < last; k++) {
            if (quoteAt(k)) return -1;
            String x = w(k);
            if (x.equals("(")) depth++;
            else if (x.equals(")")) depth--;
            if (depth > 0) continue;
            if (x.equals(":")) {
                return k + 1 < last && !quoteAt(k + 1) ? k + 1 : -1;
            }
            if (k == from && COMPLEMENTIZERS.contains(x.toLowerCase(Locale.ROOT)) && (x.equals("dass") || x.equals("daß") || x.equals("ob"))) return k;
            if (!x.equals(",")) continue;
            int c = k + 1;
            if (c >= last || quoteAt(c)) return -1;
            if (k == from && !COMPLEMENTIZERS.contains(lw(c)) && !pos(c).startsWith("PREL") && !pos(c).equals("KOUS")) {
                // "hatte gestern berichtet, 200 Mitarbeiter sollen entlassen werden": a main clause right after the frame
                for (int j = c + 1; j < last && j < c + 5 && !is(j, ","); j++) if (finite(j) && !quoteAt(j)) return c;
            }
            if (COMPLEMENTIZERS.contains(lw(c)) && (pos(c).equals("KOUS") || pos(c).startsWith("PW") || is(c, "dass") || is(c, "ob") || is(c, "wie"))) return c;
            int j = c;
            // a zu-infinitive or subjunctive anywhere in the clause up to its comma: a long object or adverbial may come first
            // ("hat angekündigt, im Falle eines Scheiterns … den Präsidenten noch am selben Tag aufzusuchen")
            while (j < last && !is(j, ",") && j < c + 30) {
                if (reportMood(j) || zuInfinitiveAt(j)) return c;
                j++;
            }
            if (skipped < 2 && j < last && is(j, ",") && verblessPhrase(c, j)) {
                // "erklärte, in den Ländern, in denen Gebühren erhoben würden, sei …": the phrase opens the complement
                int r = relativeClauseEnd(j + 1, last);
                if (r > 0 && r + 1 < last && reportMood(r + 1)) return c;
                // "dazu aufgerufen, Frauen, die einer anderen Ethnie angehören, zu vergewaltigen": the object of a zu-infinitive
                // with its relative clause
                if (r > 0 && zuInfinitiveIn(r + 1, last)) return c;
                // "sagte der Koordinator, gegenüber der BBC, dass …", "sagte zu ihm, der arbeitslose Gärtner, seine Tat …":
                // an apposition or phrase of the frame; the complement may follow it
                skipped++;
                k = j - 1;
                continue;
            }
            return -1; // only the first clause after the frame
        }
        return -1;
    }

    /** A zu-infinitive in the clause from {@code from} up to its comma ("zu vergewaltigen", "aufzuheben"). */
    private boolean zuInfinitiveIn(int from, int last) {
        for (int j = from; j < last && !is(j, ",") && !quoteAt(j); j++) {
            if (finite(j)) return false;
            if (zuInfinitiveAt(j)) return true;
        }
        return false;
    }

    /** A short phrase between commas without a verb or quotation: an apposition or adverbial, no clause of its own. */
    private boolean verblessPhrase(int from, int to) {
        if (to - from < 1 || to - from > 8 || pos(from).startsWith("KO")) return false;
        for (int i = from; i < to; i++) if (pos(i).startsWith("V") || finite(i) || quoteAt(i) || pos(i).startsWith("PREL")) return false;
        return true;
    }

    /** Relative pronouns after a preposition, without the forms that are mostly articles there ("in die Stadt", "für das Jahr"). */
    private static final Set<String> RELATIVE_AFTER_PREPOSITION = RELATIVE_PRONOUNS.stream()
            .filter(w -> !Set.of("die", "das", "welche", "welches").contains(w)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The comma closing a relative clause that starts at p ("die …", "in denen …"), or -1. */
    private int relativeClauseEnd(int p, int last) {
        boolean relative = pos(p).startsWith("PREL") || pos(p).startsWith("APPR") && p + 1 < last
                && (pos(p + 1).startsWith("PREL") || RELATIVE_AFTER_PREPOSITION.contains(lw(p + 1)));
        // "Frauen, die einer anderen Ethnie angehören, …": the pronoun read as article, the verb as infinitive
        if (!relative && !(pos(p).equals("ART") && relativePronounAt(p))) return -1;
        boolean verb = false;
        for (int i = p + 1; i < last; i++) {
            if (quoteAt(i)) return -1;
            if (is(i, ",")) return verb || pos(i - 1).equals("VVINF") ? i : -1;
            if (finite(i)) verb = true;
        }
        return -1;
    }

    /**
     * "Die Organisation verlangte eine Untersuchung der «schockierenden Szenen»": a partial quote in the object
     * of a cue verb that no clause statement covers; the object is the (indirect) statement, the quote nests in it.
     */
    private void objectStatements() {
        List<Found> added = new ArrayList<>();
        for (Found d : found) {
            Frame fr = d.sharedFrame;
            if (fr == null || fr.cue.isEmpty()) continue;
            int s = d.sentence;
            int a = sentStart[s], b = sentEnd[s];
            int from = Math.max(fr.end, fr.spTo);
            for (int c : fr.cue) from = Math.max(from, c + 1);
            int last = b;
            while (last > from && (isPunct(last - 1) && directOf[last - 1] < 0 || fr.cue.contains(last - 1))) last--;
            int qa = tokenAt(d.begin()), qb = tokenAt(d.end() - 1);
            if (from <= a || qa < from || qb >= last) continue;
            // "kam zu dem Ergebnis, «dass …»": an object that is the quotation alone is no indirect statement around it
            int first = from;
            while (first < qa && isPunct(first) && directOf[first] < 0) first++;
            if (first == qa && qb == last - 1) continue;
            boolean covered = false;
            for (Found g : found) {
                if (g.type != QuoteType.DIRECT && g.begin() < toks.get(b - 1).end() && toks.get(a).begin() < g.end()) covered = true;
            }
            // "nannte ihn einen «…» und einen «…»": one object statement for all partial quotes in it
            for (Found g : added) if (g.sentence == s) covered = true;
            if (covered) continue;
            Found f = new Found();
            f.type = QuoteType.INDIRECT;
            f.parts.add(chars(from, last));
            f.cue.addAll(d.cue);
            f.speaker = d.speaker;
            f.addressee = d.addressee;
            f.medium = d.medium;
            f.sentence = s;
            added.add(f);
        }
        found.addAll(added);
    }

    /**
     * Words of the narrator's clause before a quote opening at {@code open}: some word other than a conjunction
     * ("Und «…», sagte sie" is the quote alone), and no colon right before the quote ("Schaaf war zufrieden:
     * «…», sagte er" introduces the quote, the clause before it is no statement).
     */
    private boolean leadClauseBefore(int from, int open) {
        if (open - 1 >= from && is(open - 1, ":")) return false;
        for (int i = from; i < open; i++) if (!isPunct(i) && !pos(i).equals("KON")) return true;
        return false;
    }

    /**
     * "Die Lage sei «ernst», so X", "Ihre «Sorge gilt allen», sagte sie": a quote that ends a clause before a
     * postposed frame is nested in that clause; the clause is an indirect statement with the same speaker and
     * cue (the gold data annotates both), unless another statement already covers it.
     */
    private void clausesBeforeFrames() {
        List<Found> added = new ArrayList<>();
        for (Found d : found) {
            // a clause that starts inside another quotation is that quotation's text, not the narrator's
            if (d.type != QuoteType.DIRECT || d.leadClause == null || d.cue.isEmpty() || quoteAt(d.leadClause[0])) continue;
            int from = d.leadClause[0], to = trimEnd(from, d.leadClause[1]);
            int cb = toks.get(from).begin(), ce = toks.get(to - 1).end();
            boolean covered = false;
            for (List<Found> l : List.of(found, added)) {
                for (Found g : l) if (g.type != QuoteType.DIRECT && g.begin() < ce && cb < g.end()) covered = true;
            }
            if (covered) continue;
            Found f = new Found();
            f.type = QuoteType.INDIRECT;
            f.parts.add(chars(from, to));
            f.cue.addAll(d.cue);
            f.speaker = d.speaker;
            f.addressee = d.addressee;
            f.outletHint = d.outletHint;
            f.medium = d.medium;
            f.sentence = d.sentence;
            added.add(f);
        }
        found.addAll(added);
    }

    /**
     * "…, der Angeklagte sei weder «dissozial», …": a partial quote without attribution of its own inside
     * another statement is that statement's speaker's words (the gold data gives both the same speaker and cue).
     */
    private void nestedSpeakers() {
        for (Found d : found) {
            // a speaker inherited from the statement around it ("Nach Angaben X …«…»", "…«…» …, so X") still lacks its cue
            if (d.type != QuoteType.DIRECT || !d.partial || d.speaker != null && !d.cue.isEmpty()) continue;
            for (Found g : found) {
                if (g == d || g.type == QuoteType.DIRECT || g.speaker == null) continue;
                boolean inside = false;
                for (int[] p : g.parts) if (p[0] <= d.begin() && d.end() <= p[1]) inside = true;
                if (!inside) continue;
                if (d.speaker != null && !java.util.Arrays.equals(d.speaker, g.speaker)) break;
                d.speaker = g.speaker;
                d.outletHint = g.outletHint;
                // in a continuation the quote takes the cue of the frame the continuation goes back to
                if (d.cue.isEmpty()) d.cue.addAll(originCue(g));
                d.medium = g.medium;
                break;
            }
        }
    }

    /**
     * "… aus. Dies bestätigte der Parteivorsitzende Guido Westerwelle.": a frame whose object is a demonstrative
     * pointing back makes the sentence before it the statement (the gold data counts the demonstrative in).
     */
    private void demonstrativeFrames() {
        for (int s = 1; s < sentStart.length; s++) {
            int a = sentStart[s], b = sentEnd[s];
            if (b - a < 3 || !(is(a, "dies") || is(a, "das") || is(a, "dieses")) || paraOf[s] != paraOf[s - 1]) continue;
            int last = b;
            while (last > a && isPunct(last - 1) && directOf[last - 1] < 0) last--;
            boolean free = true;
            for (int i = a; i < b; i++) if (used[i] || directOf[i] >= 0) free = false;
            if (!free) continue;
            int t = a + 1;
            Frame fr;
            if (auxiliary(t)) {
                fr = perfectFrameAt(t, last);
            } else {
                fr = new Frame();
                SpeechCues.Verb v = finite(t) ? cueVerb(t, last, fr) : null;
                if (v == null) fr = emergesFrom(t, last);
                else {
                    fr.medium = v.medium();
                    speakerAfter(fr, t + 1, last);
                }
            }
            if (fr == null || fr.spFrom < 0) continue;
            int after = Math.max(fr.end, fr.spTo);
            for (int c : fr.cue) after = Math.max(after, c + 1);
            // "Das bestätigte X, dass …" has its own complement; a relative clause after the frame is none
            if (clauseWithVerb(after, last) && !(is(after, ",") && after + 1 < last && (pos(after + 1).startsWith("PREL")
                    || RELATIVE_ARTICLES.contains(w(after + 1)) || is(after + 1, "dessen") || is(after + 1, "deren")))) continue;
            int pa = sentStart[s - 1], pb = sentEnd[s - 1];
            if (pa >= pb) continue;
            int[] prevSpan = {toks.get(pa).begin(), toks.get(pb - 1).end()};
            Found covering = null, source = null;
            boolean blocked = false;
            List<Found> guesses = new ArrayList<>();
            // "Dies hält er für unwahrscheinlich", "Das wurde von der Polizei bestritten": a stance on the sentence before or
            // a denial of it, not its source
            boolean stance = fr.cue.stream().anyMatch(c -> lemma(c).equals("halten") || DENIALS.contains(lemma(c)));
            for (Found g : found) {
                if (g.begin() < prevSpan[1] && prevSpan[0] < g.end()) {
                    boolean inside = g.begin() >= prevSpan[0] && g.end() <= prevSpan[1];
                    if (g.type == QuoteType.DIRECT && g.speaker == null && covering == null) covering = g;
                    // "Ein Erdbeben hat 65 Menschenleben gefordert. Dies bestätigte X.": a reported statement the cue rules
                    // guessed from a verb like "fordern" gives way to the frame pointing back
                    else if (g.type == QuoteType.REPORTED && inside && !stance) guesses.add(g);
                    // "Laut X ist … festgenommen worden. Dies gab die Polizei bekannt.": a source inside stays, the new
                    // statement nests in it with the same words
                    else if ("preposition".equals(g.origin) && inside && source == null && covering == null && !stance) source = g;
                    else blocked = true;
                }
            }
            if (blocked) continue;
            found.removeAll(guesses);
            Found f = covering != null ? covering : new Found();
            if (covering == null) {
                f.type = QuoteType.INDIRECT;
                if (source != null) f.parts.addAll(source.parts);
                else f.parts.add(prevSpan);
                f.parts.add(chars(a, a + 1));
                f.sentence = s;
                found.add(f);
            }
            f.cue.clear();
            for (int c : fr.cue) f.cue.add(chars(c, c + 1));
            f.speaker = trimmed(fr.spFrom, fr.spTo);
            if (fr.adFrom >= 0) f.addressee = chars(fr.adFrom, fr.adTo);
            f.medium = fr.medium;
            f.needsSpeaker = false;
            mark(a, b);
            for (int i = pa; i < pb; i++) used[i] = true;
        }
    }

    /**
     * "Dies geht aus einer Mitteilung des Ministeriums hervor": the document the sentence before comes from (t: the finite
     * verb after the demonstrative); the frame with cue "geht … hervor" and the document as speaker, or null.
     */
    private Frame emergesFrom(int t, int last) {
        if (!lemma(t).equals("gehen") || !is(t + 1, "aus")) return null;
        int np = npAfter(t + 2, last);
        int particle = np;
        while (particle < last && !is(particle, "hervor") && !is(particle, ",")) particle++;
        if (np <= t + 2 || particle >= last || !is(particle, "hervor")) return null;
        Frame fr = new Frame();
        fr.cue.add(t);
        fr.cue.add(particle);
        fr.spFrom = t + 2;
        fr.spTo = np;
        fr.end = particle + 1;
        fr.medium = Medium.WRITING;
        return fr;
    }

    // ---------------------------------------------------------------- headlines

    /** "Trump: Habe nie gesagt, die Ukraine werde gewinnen" in a title or subheading. */
    private void headlines() {
        for (Section sec : doc.article().sections()) {
            if (sec.kind() == SectionKind.PARAGRAPH) continue;
            int a = doc.firstTokenAtOrAfter(sec.begin()), b = a;
            while (b < toks.size() && toks.get(b).end() <= sec.end()) b++;
            for (int i = a + 1; i < b - 1 && i < a + 6; i++) {
                if (!is(i, ":")) continue;
                int np = npAfter(a, i);
                if (np != i) break;
                boolean taken = false;
                for (Found f : found) if (f.begin() < toks.get(b - 1).end() && toks.get(i + 1).begin() < f.end()) taken = true;
                if (taken) break;
                Found f = new Found();
                f.type = QuoteType.DIRECT;
                int from = i + 1, to = b;
                while (to > from && isPunct(to - 1)) to--;
                if (directOf[from] >= 0) { Mark m = marks.get(directOf[from]); f.parts.add(new int[]{m.charOpen(), m.charClose() + 1}); }
                else f.parts.add(chars(from, to));
                f.speaker = chars(a, i);
                f.sentence = sentOf[a];
                int hb = toks.get(from).begin(), he = toks.get(to - 1).end() + 1;
                found.removeIf(g -> g.type == QuoteType.DIRECT && g.begin() >= hb && g.end() <= he);
                found.add(f);
                mark(a, b);
                break;
            }
        }
    }

    // ---------------------------------------------------------------- speakers carried over, continuations

    /** A sentence in reported mood: subjunctive I anywhere, or "sei/hätte/würde/soll" in its first clause. */
    private boolean reportSentence(int s, boolean afterStatement) {
        boolean firstClause = true;
        for (int i = sentStart[s]; i < sentEnd[s]; i++) {
            if (quoteAt(i) || misreadVerb(i)) continue;
            if (subjunctive1(i)) return true;
            if (firstClause && (REPORT_KJ2.contains(w(i)) || reportativeSollen(i, sentEnd[s]))) return true;
            // right after a statement, subjunctive II stands in for plural subjunctive I ("müssten", "könnten")
            if (firstClause && afterStatement && (reportMood(i) || lexicalSubjunctive2(i))) return true;
            // "Die Einkommensteuer soll um drei Punkte erhöht werden." right after a statement reports its content
            if (firstClause && afterStatement && pos(i).equals("VMFIN") && lemma(i).equals("sollen")) return true;
            if (is(i, ",")) firstClause = false;
        }
        return false;
    }

    /** A verb in subjunctive I; "eine", "einige" read as forms of "einen"/"einigen" are not. */
    private boolean subjunctive1(int i) {
        if (!finite(i) || !"KJ1".equals(mood(i))) return false;
        if (i > 0 && (pos(i - 1).startsWith("APPR") || pos(i - 1).equals("ART"))) return false;
        return !VERB_LOOKALIKES.contains(lemma(i)) || w(i).endsWith("e") && !w(i).startsWith("ein") && !w(i).startsWith("Ein");
    }

    /**
     * A word the tagger reads as a verb in subjunctive I that is none: the adverb "lange" (as "langen"),
     * the article "eine"/"einige" (as "einen"/"einigen"), a capitalised word ("Teile", "Hinweise" as forms of
     * "teilen", "hinweisen"), which is a noun or else opens a verb-first clause, a condition or a command.
     */
    private boolean misreadVerb(int i) {
        if (!finite(i)) return false;
        if (lemma(i).equals("langen")) return true;
        if (VERB_LOOKALIKES.contains(lemma(i)) && lw(i).startsWith("ein")) return true;
        return Character.isUpperCase(w(i).charAt(0));
    }

    /** "gäbe", "befänden", "stünden": subjunctive II of a full verb, which reports speech where subjunctive I looks indicative. */
    private boolean lexicalSubjunctive2(int i) {
        if (!finite(i) || !"KJ2".equals(mood(i)) || !pos(i).startsWith("VV") || Character.isUpperCase(w(i).charAt(0))) return false;
        String l = lemma(i);
        return !l.equals("sein") && !l.equals("haben") && !l.equals("werden");
    }

    /** "soll ... beteiligt gewesen sein": "sollen" with a perfect infinitive reports a claim, unlike "soll gebaut werden". */
    private boolean reportativeSollen(int i, int end) {
        if (!pos(i).equals("VMFIN") || !lemma(i).equals("sollen")) return false;
        for (int j = i + 1; j < end && !is(j, ",") && !is(j, "."); j++) {
            if ((is(j, "sein") || is(j, "haben")) && j > 0 && (pos(j - 1).equals("VVPP") || pos(j - 1).equals("VAPP") || is(j - 1, "gewesen") || is(j - 1, "worden"))) return true;
        }
        return false;
    }

    /**
     * "Ich war kürzlich dort und habe sie arbeiten sehen": a sentence saying "ich" outside quotation marks is an
     * answer in an interview or the writer's own voice; reported speech turns the speaker's "ich" into "er" or "sie",
     * and "habe", "plane" after "ich" are indicative.
     */
    private boolean firstPerson(int s) {
        for (int i = sentStart[s]; i < sentEnd[s]; i++) if (is(i, "ich") && !quoteAt(i)) return true;
        return false;
    }

    /** A claim with "sollen" and a verb of state in the first clause, in the paragraph of a statement whose speaker it can take. */
    private boolean claimOfSpeaker(int s, Found prev) {
        if (prev == null || prev.speaker == null || paraOf[s] - paraOf[prev.sentence] > CONTINUE_PARAGRAPHS) return false;
        for (int i = sentStart[s]; i < sentEnd[s] && !is(i, ","); i++) if (!quoteAt(i) && stativeSollen(i, sentEnd[s])) return true;
        return false;
    }

    /**
     * "Der Schaden soll hoch sein", "Es soll sich um einen Irrtum handeln": present "sollen" with a verb of
     * state can only report a claim, since a state cannot be planned or ordered, unlike "soll eröffnet werden".
     */
    private boolean stativeSollen(int i, int end) {
        if (!pos(i).equals("VMFIN") || !(is(i, "soll") || is(i, "sollen")) || i == 0 || sentOf[i - 1] != sentOf[i]) return false;
        boolean es = is(i - 1, "es"), um = false, sich = false;
        for (int j = i + 1; j < end && !is(j, ",") && !is(j, ".") && !is(j, ";") && !is(j, ":"); j++) {
            es |= is(j, "es");
            um |= is(j, "um");
            sich |= is(j, "sich");
            if (!pos(j).equals("VAINF") && !pos(j).equals("VVINF")) continue;
            String v = lw(j);
            if (v.equals("sein")) return !pos(j - 1).equals("VVPP") && !pos(j - 1).equals("VAPP");
            if (v.equals("betragen") || v.equals("stammen") || v.equals("befinden") && sich || v.equals("handeln") && sich && um) return true;
            if (v.equals("gehen") && um && es) return true;
        }
        return false;
    }

    /** The cue of a statement, or for a continuation without a frame of its own the cue of the statement it goes back to. */
    private static List<int[]> originCue(Found f) { return f.cue.isEmpty() ? f.frameCue : f.cue; }

    private void inheritAndContinue() {
        List<Found> added = new ArrayList<>();
        Found prev = null, lastFree = null;
        int lastStatementSentence = -2;
        int fi = 0;
        for (int s = 0; s < sentStart.length; s++) {
            if (sentStart[s] >= sentEnd[s]) continue;
            int sb = toks.get(sentStart[s]).begin(), se = toks.get(sentEnd[s] - 1).end();
            boolean has = false;
            while (fi < found.size() && found.get(fi).begin() < se) {
                Found f = found.get(fi++);
                // a partial quote without a frame ("Er werde «einen neuen Deal» aushandeln") may sit in a continuation
                if (!(f.partial && f.sharedFrame == null)) has = true;
                if (f.needsSpeaker && f.speaker == null && prev != null && prev.speaker != null
                        && paraOf[s] - paraOf[prev.sentence] <= INHERIT_PARAGRAPHS && s - prev.sentence <= INHERIT_SENTENCES) {
                    f.speaker = localMention(s, prev.speaker);
                    f.addressee = null;
                    f.outletHint = prev.outletHint;
                    // "«…», erklärte Zille. «…»": a quotation continuing a quoted statement shares its frame, cue included
                    if (f.cue.isEmpty() && f.type == QuoteType.DIRECT && prev.type == QuoteType.DIRECT && s - prev.sentence <= 1 && !prev.guessedSpeaker) f.cue.addAll(prev.cue);
                }
                if (f.speaker != null) prev = f;
            }
            boolean insideDirect = quoteAt(sentStart[s]) || used[sentStart[s]];
            if (has) lastStatementSentence = s;
            if (has || insideDirect || !reportSentence(s, lastStatementSentence == s - 1) && !claimOfSpeaker(s, prev) || firstPerson(s)) continue;
            lastStatementSentence = s;
            if (lastFree != null && lastFree.sentence == s - 1) {
                lastFree.parts.set(lastFree.parts.size() - 1, new int[]{lastFree.parts.get(lastFree.parts.size() - 1)[0], se});
                lastFree.sentence = s;
                continue;
            }
            Found f = new Found();
            f.type = QuoteType.FREE_INDIRECT;
            f.parts.add(new int[]{sb, se});
            // the next paragraph continues the statement only when it follows right after it
            int paraGap = paraOf[s] - paraOf[prev == null ? s : prev.sentence];
            if (prev != null && (prev.type != QuoteType.REPORTED || s - prev.sentence == 1) && (paraGap == 0 || paraGap <= CONTINUE_PARAGRAPHS && s - prev.sentence == 1)) {
                f.speaker = prev.speaker == null ? null : localMention(s, prev.speaker);
                f.outletHint = prev.outletHint;
                f.medium = prev.medium;
                f.frameCue = originCue(prev);
            } else if (s > 0 && paraOf[s - 1] == paraOf[s] && lastStatementSentence != s - 1) {
                // "Das Institut sieht keine Gefahr. Lediglich Personen … seien zu schützen.": with no statement right
                // before, the subject of the sentence before speaks, as the gold data marks it
                f.speaker = subjectOfSentence(s - 1);
            }
            f.sentence = s;
            added.add(f);
            lastFree = f;
            if (f.speaker != null) prev = f;
        }
        found.addAll(added);
    }

    /**
     * "Der VW-Betriebsratsvorsitzende Bernd Osterloh … In dem Verfahren sieht Osterloh einen «Angriff …»": a quote
     * taking the speaker of an earlier statement names that speaker in its own sentence (the head word of the phrase,
     * outside quotations, not after a preposition); that mention is the speaker, as the gold data marks it, else the
     * earlier phrase.
     */
    private int[] localMention(int s, int[] speaker) {
        int e = tokenAt(speaker[1] - 1), b = tokenAt(speaker[0]);
        // a name, or a surname the tagger read as noun after a first name ("Peter Krause")
        boolean name = e >= 0 && (pos(e).startsWith("NE") || pos(e).startsWith("NN") && e - 1 >= b && pos(e - 1).startsWith("NE"));
        if (e < 0 || b < 0 || !name || directOf[e] >= 0) return speaker;
        if (b >= sentStart[s] && e < sentEnd[s]) return speaker;
        for (int i = sentStart[s]; i < sentEnd[s]; i++) {
            if (!w(i).equals(w(e)) || directOf[i] >= 0 || used[i] || i > 0 && pos(i - 1).startsWith("APPR")) continue;
            int from = i;
            while (from - 1 >= sentStart[s] && from - 1 > e && !isPunct(from - 1) && directOf[from - 1] < 0 && sameWordIn(from - 1, b, e)) from--;
            // "die Einwohner Hongkongs": a name after a noun or article is an attribute, not the speaker
            if (from > sentStart[s] && (nominal(from - 1) || pos(from - 1).equals("ART") || pos(from - 1).equals("ADJA"))) continue;
            return new int[]{toks.get(from).begin(), toks.get(i).end()};
        }
        return speaker;
    }

    /** The word at i also occurs in tokens [b, e]. */
    private boolean sameWordIn(int i, int b, int e) {
        for (int k = b; k <= e; k++) if (w(k).equals(w(i))) return true;
        return false;
    }

    // ---------------------------------------------------------------- reported speech, learned

    private ReportedSpeechJudge judge = ReportedSpeechJudge.NONE;

    /** Lets the judge decide on sentences the rules found no statement in, and on the rules' reported statements (see {@link ReportedSpeechModel}). */
    QuoteFinder judging(ReportedSpeechJudge j) {
        this.judge = j;
        return this;
    }

    /**
     * Every sentence without a statement, quotation or continuation of its own goes to the judge with
     * its main clause's verbs and subject (found by the same subject rules as cue frames); an accepted
     * sentence is a reported statement: the whole sentence, the subject (in a passive the "von" agent)
     * as speaker, no cue unless a separable verb of saying ("kündigte ... an"). A reported statement
     * the cue rules proposed alone in its sentence goes to the judge too and is dropped if rejected.
     */
    private void reportedByJudge() {
        if (judge == ReportedSpeechJudge.NONE) return;
        QuoteType[] typeOf = new QuoteType[sentStart.length];
        int[] statements = new int[sentStart.length];
        Found[] ruleReported = new Found[sentStart.length];
        for (Found f : found) {
            if (f.sentence < 0 || f.sentence >= typeOf.length) continue;
            typeOf[f.sentence] = f.type;
            statements[f.sentence]++;
            if (f.type == QuoteType.REPORTED) ruleReported[f.sentence] = f;
        }
        boolean[] taken = takenByStatements();
        List<Found> added = new ArrayList<>();
        for (int s = 0; s < sentStart.length; s++) {
            int a = sentStart[s], b = sentEnd[s];
            // a reported statement of the cue rules alone in its sentence goes to the judge too
            Found rule = statements[s] == 1 ? ruleReported[s] : null;
            if (a >= b) continue;
            if (typeOf[s] != null && rule == null) {
                Found f = judgedMainClause(s, taken, typeOf);
                if (f != null) added.add(f);
                continue;
            }
            int last = b;
            while (last > a && isPunct(last - 1) && directOf[last - 1] < 0) last--;
            boolean free = last > a;
            for (int i = a; i < b && free && rule == null; i++) if (used[i] || quoteAt(i)) free = false;
            if (!free || rule == null && reportSentence(s, s > 0 && typeOf[s - 1] != null)) continue;
            int fin = mainFinite(a, last);
            if (fin < 0) continue;
            JudgedClause jc = judgedClause(s, a, b, last, fin, clauseEnd(fin, last), typeOf);
            if (rule != null) {
                jc.features.add("rule=reported");
                // the rules' speaker, unless it is the subject the judged clause corrected
                if (jc.unrefined != null && rule.speaker != null && java.util.Arrays.equals(jc.unrefined, rule.speaker)) rule.speaker = jc.speaker;
                rule.speaker = withCorrelative(a, rule.speaker);
                jc.speaker = rule.speaker;
            }
            ReportedCandidate c = new ReportedCandidate(s, toks.get(a).begin(), toks.get(b - 1).end(), jc.speaker, jc.features);
            boolean accepted = judge.isReported(c);
            if (rule != null) {
                if (!accepted) found.remove(rule);
                continue;
            }
            if (accepted) added.add(judgedStatement(c, jc, a, b));
        }
        found.addAll(added);
    }

    /** The main clause of a candidate: its verbs, subject (speaker span) and features. */
    private static final class JudgedClause {
        int verb, particle = -1;
        int[] speaker;
        int[] unrefined; // the subject rules' speaker span when judgedSubjectRefined corrected it, else null
        List<String> features;
    }

    /** Verbs, subject and features of the main clause with finite verb fin, ending at end, of sentence s (tokens [a, b), words up to last). */
    private JudgedClause judgedClause(int s, int a, int b, int last, int fin, int end, QuoteType[] typeOf) {
        JudgedClause jc = new JudgedClause();
        int verb = fullVerb(fin, end);
        jc.verb = verb;
        for (int i = fin + 1; i < end; i++) if (pos(i).equals("PTKVZ") && ReportedSpeechFeatures.PARTICLES.contains(lw(i))) jc.particle = i;
        boolean passive = verb != fin && !pos(verb).equals("VVINF") && lemma(fin).equals("werden");
        int spFrom = -1, spTo = -1;
        if (passive) {
            for (int i = a; i < end; i++) {
                if (is(i, "von") || is(i, "vom")) {
                    int np = npAfter(i + 1, end);
                    if (np > i + 1) { spFrom = is(i, "vom") ? i : i + 1; spTo = np; break; }
                }
            }
        } else {
            // "Sowohl X als auch Y lehnten … ab": the subject rules start after the correlative conjunction
            Frame fr = judgedSubject(CORRELATIVES.contains(lw(a)) && a + 1 < fin ? a + 1 : a, verb, last);
            int[] sp = judgedSubjectRefined(a, fin, end, verb, jc.particle, fr.spFrom, fr.spTo);
            spFrom = sp[0];
            spTo = sp[1];
            if (spFrom != fr.spFrom || spTo != fr.spTo) jc.unrefined = fr.spFrom >= 0 && fr.spTo > fr.spFrom ? trimmed(fr.spFrom, fr.spTo) : null;
        }
        jc.speaker = withCorrelative(a, spFrom >= 0 && spTo > spFrom ? trimmed(spFrom, spTo) : null);
        ReportedSpeechFeatures.Clause clause = new ReportedSpeechFeatures.Clause(a, last, fin, verb, jc.particle, spFrom, spTo, passive,
                sectionKind(s), s > 0 ? typeOf[s - 1] : null, s + 1 < typeOf.length ? typeOf[s + 1] : null);
        jc.features = ReportedSpeechFeatures.of(doc, clause, cues);
        return jc;
    }

    /** Whether the phrase [from, to) names someone who can speak: a name, a person or organisation, an office or a report. */
    private boolean canSpeak(int from, int to) {
        int head = headOf(from, to);
        return pos(head).startsWith("NE") || SPEAKING_HEAD.matcher(lw(head)).find() || personOrOrganisation(from, to);
    }

    /** "Sowohl die Regierung als auch die Opposition": the gold speaker keeps the correlative conjunction the subject rules drop. */
    private int[] withCorrelative(int a, int[] speaker) {
        if (speaker == null) return null;
        int k = tokenAt(speaker[0]);
        if (k > a && CORRELATIVES.contains(lw(k - 1))) return new int[]{toks.get(k - 1).begin(), speaker[1]};
        return speaker;
    }

    /** The head word of the phrase [from, to): the last word before closing brackets, quotation marks and punctuation. */
    private int headOf(int from, int to) {
        int head = to - 1;
        if (is(head, ")")) while (head > from && !is(head + 1, "(")) head--;
        while (head > from && isPunct(head)) head--;
        return head;
    }

    private static final Set<String> CORRELATIVES = Set.of("sowohl", "weder", "entweder");
    /** Head nouns of a dated prefield ("Einen Tag später", "Stand: 00:35 Uhr"): never the subject. */
    private static final Set<String> TIME_HEADS = Set.of("uhr", "tag", "tage", "tagen", "woche", "wochen", "monat", "monate", "monaten",
            "jahr", "jahre", "jahren", "jahres", "nacht", "abend", "morgen", "mittag", "wochenende");
    /** Prepositions verbs of saying or stance govern, which end an inverted subject ("sprach Merkel von …", "sprachen sich 75 Prozent für …"). */
    private static final java.util.Map<String, Set<String>> GOVERNED_AFTER_SUBJECT = java.util.Map.of(
            "sprechen", Set.of("von", "vom"), "berichten", Set.of("von", "vom", "über"), "ausgehen", Set.of("von", "vom"),
            "warnen", Set.of("vor"), "aussprechen", Set.of("für", "gegen"), "plädieren", Set.of("für"), "eintreten", Set.of("für"),
            "protestieren", Set.of("gegen"), "rechnen", Set.of("mit"));

    /** An article that is never nominative: "den", "dem", "einen", "einem". */
    private boolean oblique(int i) {
        return is(i, "den") || is(i, "dem") || is(i, "einen") || is(i, "einem");
    }

    /**
     * The subject rules' subject [spFrom, spTo) of a judged main clause (finite verb fin, clause end end), corrected where
     * the first constituent is plainly not the subject: a date or number ("1996 hatte der Präsident …", "Einen Tag später
     * kündigte …") or an accusative/dative article ("Den Börsenwert beziffert der Focus …") make the phrase after the
     * verb the subject; an inverted subject ends before the preposition its verb governs ("sprach Angela Merkel von …");
     * a pronoun takes no apposition ("beschuldigte dieser Israel"). Returns {from, to}, from -1 for none.
     */
    private int[] judgedSubjectRefined(int a, int fin, int end, int verb, int particle, int spFrom, int spTo) {
        if (spFrom < 0 || spTo <= spFrom) return new int[]{spFrom, spTo};
        if (spTo <= fin) {
            int head = headOf(spFrom, spTo);
            boolean dated = pos(head).equals("CARD") || TIME_HEADS.contains(lw(head)) || TIME_NOUNS.contains(w(head));
            boolean oblique = spFrom == a && oblique(spFrom);
            int j = fin + 1;
            while (j < end && pos(j).equals("ADV")) j++;
            int np = npAfter(j, end);
            if (np > j && (dated || oblique) && (nominal(headOf(j, np)) || pos(j).startsWith("PPER"))) return new int[]{j, np};
            // "Die Entwicklung im Iran verglich Merkel mit …": a prefield that cannot speak before a name that can
            if (np > j && !oblique(j) && !canSpeak(spFrom, spTo) && (pos(j).startsWith("NE") || personOrOrganisation(np - 1, np))
                    && canSpeak(j, np)) return new int[]{j, np};
            return new int[]{spFrom, spTo};
        }
        if (spFrom > fin) {
            // "lehnten den Vorschlag ab": an accusative or dative after the verb is no subject
            if (oblique(spFrom)) return new int[]{-1, -1};
            String lemma = particle >= 0 ? lw(particle) + lemma(verb) : lemma(verb);
            Set<String> governed = GOVERNED_AFTER_SUBJECT.getOrDefault(lemma, Set.of());
            for (int i = spFrom + 1; i < spTo; i++) {
                if ((pos(i).equals("APPR") || pos(i).equals("APPRART")) && governed.contains(lw(i))) return new int[]{spFrom, i};
            }
            // "dieser" before a name is the pronoun, whatever the tagger read
            if (spTo - spFrom > 1 && (pos(spFrom).startsWith("PDS") || pos(spFrom).startsWith("PPER")
                    || pos(spFrom).startsWith("PDAT") && pos(spFrom + 1).startsWith("NE"))) return new int[]{spFrom, spFrom + 1};
        }
        return new int[]{spFrom, spTo};
    }

    /** The reported statement of an accepted candidate over tokens [a, b): speaker as found, no cue unless a separable verb of saying. */
    private Found judgedStatement(ReportedCandidate c, JudgedClause jc, int a, int b) {
        Found f = new Found();
        f.type = QuoteType.REPORTED;
        f.parts.add(new int[]{c.begin(), c.end()});
        f.speaker = jc.speaker;
        f.sentence = c.sentence();
        int verb = jc.verb, particle = jc.particle;
        SpeechCues.Verb v = particle >= 0 ? cues.verb(lw(particle) + lemma(verb)) : cues.verb(lemma(verb));
        if (v != null) {
            f.medium = v.medium();
            // a separable verb of saying marked "reported" keeps its two-part cue, as in the rules' reported statements
            if (particle >= 0 && v.reported()) { f.cue.add(chars(verb, verb + 1)); f.cue.add(chars(particle, particle + 1)); }
        }
        mark(a, b);
        return f;
    }

    /** Tokens inside a statement, cue or speaker the rules found, or inside quotation marks. */
    private boolean[] takenByStatements() {
        boolean[] taken = new boolean[toks.size()];
        for (Found f : found) {
            List<int[]> spans = new ArrayList<>(f.parts);
            spans.addAll(f.cue);
            if (f.speaker != null) spans.add(f.speaker);
            for (int[] sp : spans) for (int i = doc.firstTokenAtOrAfter(sp[0]); i < taken.length && toks.get(i).begin() < sp[1]; i++) taken[i] = true;
        }
        // not "used": the cue rules mark the whole clause before a complement, their statement's own words are enough
        for (int i = 0; i < taken.length; i++) if (quoteAt(i)) taken[i] = true;
        return taken;
    }

    /**
     * "Der Rat stufte das Gesetz als verfassungswidrig ein, und X rief Y auf, ...": in a sentence that holds another
     * statement, the main clause before it, when none of its words belongs to a statement, goes to the judge as a
     * clause of its own (up to the comma before the first word that does). Null when there is none or it is rejected.
     */
    private Found judgedMainClause(int s, boolean[] taken, QuoteType[] typeOf) {
        int a = sentStart[s], b = sentEnd[s];
        int last = b;
        while (last > a && isPunct(last - 1) && directOf[last - 1] < 0) last--;
        int firstTaken = a;
        while (firstTaken < last && !taken[firstTaken]) firstTaken++;
        if (firstTaken >= last) return null;
        int fin = mainFinite(a, firstTaken);
        if (fin < 0) return null;
        int end = firstTaken;
        while (end > fin && !is(end - 1, ",")) end--;
        // the clause ends at the comma before the statement; "und"/"doch" after it belongs to the next clause
        if (end <= fin + 1) return null;
        end--;
        // a clause in reported mood continues a statement (the free-indirect rule's business)
        for (int i = a; i < end; i++) if (subjunctive1(i) || REPORT_KJ2.contains(w(i)) || reportativeSollen(i, end)) return null;
        JudgedClause jc = judgedClause(s, a, end, end, fin, clauseEnd(fin, end), typeOf);
        jc.features.add("clause=main");
        jc.features.add("rest=" + typeOf[s]);
        ReportedCandidate c = new ReportedCandidate(s, toks.get(a).begin(), toks.get(end - 1).end(), jc.speaker, jc.features);
        return judge.isReported(c) ? judgedStatement(c, jc, a, end) : null;
    }

    /** The subject of sentence s's main clause when it is a noun phrase or a personal pronoun ("er", "sie"), else null. */
    private int[] subjectOfSentence(int s) {
        int a = sentStart[s], last = sentEnd[s];
        while (last > a && isPunct(last - 1) && directOf[last - 1] < 0) last--;
        int fin = mainFinite(a, last);
        if (fin < 0) return null;
        int verb = fullVerb(fin, clauseEnd(fin, last));
        // a passive names no speaker in its subject
        if (verb != fin && lemma(fin).equals("werden")) return null;
        Frame fr = judgedSubject(a, verb, last);
        if (fr.spFrom < 0 || fr.spTo <= fr.spFrom) return null;
        if (fr.spTo - fr.spFrom == 1 && (is(fr.spFrom, "er") || is(fr.spFrom, "sie"))) return trimmed(fr.spFrom, fr.spTo);
        // only someone who can speak: a name, a person or organisation, an office or a report ("Die Proteste" cannot)
        int head = fr.spTo - 1;
        if (is(head, ")")) while (head > fr.spFrom && !is(head + 1, "(")) head--; // "Klaus Wowereit (SPD)"
        while (head > fr.spFrom && isPunct(head)) head--;
        boolean agent = pos(head).startsWith("NE") || SPEAKING_HEAD.matcher(lw(head)).find() || personOrOrganisation(fr.spFrom, fr.spTo)
                || titledName(fr.spFrom, head + 1) || ACRONYM.matcher(w(head)).matches();
        return agent ? trimmed(fr.spFrom, fr.spTo) : null;
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,}");

    /**
     * "Dekan Berg", "Bürgermeisterin Maria Vogel": capitalised nouns without article; a bare singular common noun needs an
     * article, so such a phrase is a title before a name the tagger read as common noun.
     */
    private boolean titledName(int from, int to) {
        if (to - from < 2 || !lemma(to - 1).equals(w(to - 1))) return false; // a name is not inflected ("Besondere Probleme")
        for (int i = from; i < to; i++) {
            if (TIME_NOUNS.contains(w(i)) || is(i, "Anfang") || is(i, "Mitte")) return false; // "Ende August"
            if (!(pos(i).startsWith("NN") || pos(i).startsWith("NE")) || !Character.isUpperCase(w(i).charAt(0)) || directOf[i] >= 0) return false;
        }
        return true;
    }

    /** "Vertraute des Ministers", "Angehörige der Opfer" up to the verb at f: a capitalised adjective or participle with a genitive. */
    private boolean nominalisedWithGenitive(int cs, int f) {
        String p0 = pos(cs);
        if (!(p0.equals("ADJA") || p0.startsWith("VV")) || !Character.isUpperCase(w(cs).charAt(0)) || !w(cs).endsWith("e")) return false;
        if (cs + 2 >= f || !(is(cs + 1, "des") || is(cs + 1, "der"))) return false;
        return npAfter(cs + 1, f) == f || simpleNp(cs + 1, f) == f;
    }

    /** "…, der Trainer Ghanas am Sonntag": a dated phrase ("am Montag", "nach dem Spiel") right after an apposition. */
    private boolean datedAfter(int j, int end) {
        if (j + 1 >= end) return false;
        if (pos(j).equals("APPRART") && (TIME_NOUNS.contains(w(j + 1)) || pos(j + 1).equals("CARD"))) return true;
        return (is(j, "nach") || is(j, "vor")) && j + 2 < end && pos(j + 1).equals("ART") && pos(j + 2).startsWith("NN");
    }

    /** Whether a PER or ORG mention of the entity layer lies inside tokens [from, to). */
    private boolean personOrOrganisation(int from, int to) {
        if (!doc.has(org.newsgraph.model.Layer.ENTITIES)) return false;
        int b = toks.get(from).begin(), e = toks.get(to - 1).end();
        for (var m : doc.entities()) {
            if (m.begin() >= e) break;
            if (m.begin() >= b && m.end() <= e && (m.type() == org.newsgraph.model.EntityType.PER || m.type() == org.newsgraph.model.EntityType.ORG)) return true;
        }
        return false;
    }

    /** "wurde … bemängelt": after an auxiliary or modal the last full verb of the clause, whatever its tag; else the finite verb itself. */
    private int fullVerb(int fin, int end) {
        int verb = fin;
        if (pos(fin).equals("VAFIN") || pos(fin).equals("VMFIN") || auxiliary(fin)) {
            for (int i = fin + 1; i < end; i++) if (pos(i).startsWith("VV")) verb = i;
        }
        return verb;
    }

    /**
     * The subject of verb's clause by the rules the reported-speech model was trained on (no fallbacks): the model's
     * candidates and the sentence before a free indirect statement.
     */
    private Frame judgedSubject(int a, int verb, int last) {
        Frame fr = new Frame();
        fr.judged = true;
        fr.cue.add(verb);
        subject(fr, a, verb, last);
        return fr;
    }

    /** The finite verb of the main clause: the first finite verb not inside a clause opened by a subordinator or relative pronoun. */
    private int mainFinite(int a, int last) {
        boolean sub = false;
        for (int i = a; i < last; i++) {
            String p = pos(i);
            if (p.equals("KOUS") || p.equals("PRELS") || p.equals("PRELAT") || p.equals("PWAV") && i == a) sub = true;
            else if (is(i, ",") && sub && i + 1 < last && finite(i + 1)) { sub = false; continue; }
            if (finite(i) && !sub) return i;
        }
        return -1;
    }

    /** End of the clause of the finite verb at fin: the next comma followed by a subordinator or finite verb, or last. */
    private int clauseEnd(int fin, int last) {
        for (int i = fin + 1; i < last; i++) {
            if (is(i, ";") || is(i, ":")) return i;
            if (is(i, ",") && i + 1 < last && (pos(i + 1).equals("KOUS") || pos(i + 1).startsWith("PREL") || pos(i + 1).startsWith("PW") || finite(i + 1))) return i;
        }
        return last;
    }

    private SectionKind sectionKind(int s) {
        List<Section> sections = doc.article().sections();
        int p = paraOf[s];
        return sections.isEmpty() || p < 0 || p >= sections.size() ? SectionKind.PARAGRAPH : sections.get(p).kind();
    }
}
