package org.newsgraph.de.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.newsgraph.model.Morphology;
import org.newsgraph.model.NameClass;

/**
 * German word analyses from LanguageTool's morfologik dictionary ({@code german-pos-dict}): all
 * readings of a word form with lemma, STTS-like part of speech, morphology and name classes.
 * Loaded once ({@link #get()}), thread-safe, with a bounded cache of analyses. Words not in the
 * dictionary are analysed as compounds (longest known noun at the end: "Haftbefehls" →
 * "Haftbefehl"), hyphenated compounds by their last part, and otherwise guessed.
 */
public final class GermanLexicon {
    private static final String DICT = "/org/languagetool/resource/de/german.dict";
    private static final int CACHE_LIMIT = 300_000;

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;
    private final ConcurrentHashMap<String, WordInfo> cache = new ConcurrentHashMap<>();

    /** All readings of a word with what they have in common, computed once per word form. */
    public record WordInfo(List<Reading> readings, Set<NameClass> nameClasses, Set<String> partsOfSpeech,
                           List<Reading> candidates) {
        public boolean has(String pos) { return partsOfSpeech.contains(pos); }
    }

    private GermanLexicon() {
        URL url = DictionaryLookup.class.getResource(DICT);
        if (url == null) url = GermanLexicon.class.getResource(DICT);
        if (url == null) throw new IllegalStateException("LanguageTool's German dictionary " + DICT + " is not on the class path");
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DICT, e);
        }
        lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    private static final class Holder {
        static final GermanLexicon INSTANCE = new GermanLexicon();
    }

    /** The shared lexicon (loaded on first use). */
    public static GermanLexicon get() {
        return Holder.INSTANCE;
    }

    /** Dictionary readings of exactly this form (no case folding, no guessing); empty if unknown. */
    public List<Reading> lookup(String form) {
        if (form.isEmpty() || form.length() > 60) return List.of();
        List<WordData> data = lookup.get().lookup(form);
        if (data.isEmpty()) return List.of();
        List<Reading> out = new ArrayList<>(data.size());
        for (WordData wd : data) {
            String tag = wd.getTag() == null ? "" : wd.getTag().toString();
            String lemma = wd.getStem() == null ? form : wd.getStem().toString();
            out.add(new Reading(lemma, tag, Tags.stts(tag), Tags.morphology(tag), Tags.nameClasses(tag), false));
        }
        return out;
    }

    /** Is this exact form in the dictionary? */
    public boolean isKnown(String form) {
        return !lookup(form).isEmpty();
    }

    /**
     * All readings of a word as it may occur in text: its own form, the lower-cased form (for
     * capitalised sentence starts), the capitalised form, compound and hyphen analyses, and finally a
     * guess. Never empty for a non-empty word. Cached.
     */
    public List<Reading> analyze(String word) {
        return info(word).readings();
    }

    /** Readings, name classes and parts of speech of a word (cached). */
    public WordInfo info(String word) {
        WordInfo info = cache.get(word);
        if (info != null) return info;
        List<Reading> r = List.copyOf(compute(word));
        Set<NameClass> names = new LinkedHashSet<>();
        Set<String> pos = new java.util.HashSet<>();
        for (Reading x : r) { names.addAll(x.nameClasses()); pos.add(x.pos()); }
        info = new WordInfo(r, Set.copyOf(names), Set.copyOf(pos), candidates(r));
        if (cache.size() > CACHE_LIMIT) cache.clear();
        cache.put(word, info);
        return info;
    }

    /**
     * Readings that differ in what context rules look at (lemma, part of speech, person, mood, tag
     * family), the first of each kind: "neuen" has dozens of readings but few candidates.
     */
    private static List<Reading> candidates(List<Reading> readings) {
        if (readings.size() <= 2) return readings;
        java.util.Map<String, Reading> first = new java.util.LinkedHashMap<>();
        for (Reading r : readings) {
            String tag = r.tag();
            String key = r.lemma() + '|' + r.pos() + '|' + r.morphology().person() + '|' + r.morphology().mood()
                    + '|' + tag.equals("ZUS") + tag.contains("PRI") + tag.contains(":AUX");
            first.putIfAbsent(key, r);
        }
        return List.copyOf(first.values());
    }

    /** The name classes any reading of the word has (FIRST_NAME, SURNAME, CITY, COUNTRY ...). */
    public Set<NameClass> nameClasses(String word) {
        return info(word).nameClasses();
    }

    private List<Reading> compute(String w) {
        if (w.isEmpty()) return List.of();
        String punct = punctuationTag(w);
        if (punct != null) return List.of(new Reading(w, punct, punct, Morphology.NONE, Set.of(), false));
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) digits++;
        if (digits > 0 && digits < w.length() - 2 && Character.isLetter(w.charAt(w.length() - 1))) {
            // "25jährige", "3-Zimmer-Wohnung": analyse the word part
            int from = w.charAt(digits) == '-' ? digits + 1 : digits;
            String prefix = w.substring(0, from);
            List<Reading> out = new ArrayList<>();
            for (Reading r : analyze(w.substring(from))) {
                out.add(new Reading(prefix + r.lemma(), r.tag(), r.pos().equals("NE") ? "NN" : r.pos(), r.morphology(), Set.of(), r.guessed()));
            }
            return out;
        }
        if (isNumber(w)) return List.of(new Reading(w, "ZAL", w.endsWith(".") ? "ADJA" : "CARD", Morphology.NONE, Set.of(), false));
        List<Reading> out = new ArrayList<>(lookup(w));
        char c0 = w.charAt(0);
        if (Character.isUpperCase(c0)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!lower.equals(w)) out.addAll(lookup(lower));
            if (w.length() > 1 && isAllUpper(w)) out.addAll(lookup(c0 + w.substring(1).toLowerCase(Locale.ROOT)));
        } else if (Character.isLowerCase(c0) && out.isEmpty()) {
            out.addAll(lookup(Character.toUpperCase(c0) + w.substring(1)));
        }
        if (!out.isEmpty()) return out;
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && hyphen < w.length() - 1) {
            String head = w.substring(hyphen + 1);
            String prefix = w.substring(0, hyphen + 1);
            for (Reading r : analyze(head)) {
                if (r.guessed() && !r.isNoun()) continue;
                String lemma = prefix + r.lemma();
                // "Marie-Agnes", "Baden-Württemberg" stay names; "Ukraine-Krieg" is a noun like its head
                out.add(new Reading(lemma, r.tag(), r.pos(), r.morphology(), r.nameClasses(), r.guessed()));
            }
            if (!out.isEmpty()) return out;
        }
        if (Character.isUpperCase(c0)) {
            out.addAll(compound(w));
            if (!out.isEmpty()) return out;
        } else if (Character.isLowerCase(c0)) {
            out.addAll(adjectiveCompound(w));
            if (!out.isEmpty()) return out;
        }
        return List.of(guess(w));
    }

    /** Longest dictionary noun at the end of the word: "Haftbefehls" → "Haft" + "Befehl". */
    private List<Reading> compound(String w) {
        List<Reading> out = new ArrayList<>();
        for (int k = 2; k <= w.length() - 3; k++) {
            if (!Character.isLowerCase(w.charAt(k))) continue;
            String tail = Character.toUpperCase(w.charAt(k)) + w.substring(k + 1);
            for (Reading r : lookup(tail)) {
                if (!r.isNoun()) continue;
                String lemma = w.substring(0, k) + Character.toLowerCase(r.lemma().charAt(0)) + r.lemma().substring(1);
                out.add(new Reading(lemma, r.tag(), "NN", r.morphology(), Set.of(), true));
            }
            if (!out.isEmpty()) return out;
        }
        return out;
    }

    /** Longest known adjective or participle at the end: "umweltorientierte" → "umwelt" + "orientiert". */
    private List<Reading> adjectiveCompound(String w) {
        List<Reading> out = new ArrayList<>();
        for (int k = 2; k <= w.length() - 4; k++) {
            for (Reading r : lookup(w.substring(k))) {
                if (!(r.tag().startsWith("ADJ") || r.tag().startsWith("PA1") || r.tag().startsWith("PA2"))) continue;
                out.add(new Reading(w.substring(0, k) + r.lemma(), r.tag(), r.pos(), r.morphology(), Set.of(), false));
            }
            if (!out.isEmpty()) return out;
        }
        return out;
    }

    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
            "(\\p{Ll}{3,}(?:isch|ig|lich|ell|al|iv|bar|sam|los|haft|ös|är|ant|ent))(?:e|en|er|es|em)");

    private static Reading guess(String w) {
        char c0 = w.charAt(0);
        if (Character.isUpperCase(c0)) return new Reading(w, "UNKNOWN", "NE", Morphology.NONE, Set.of(), true);
        if (Character.isLetter(c0)) {
            java.util.regex.Matcher adj = ADJECTIVE_ENDING.matcher(w);
            if (adj.matches()) return new Reading(adj.group(1), "UNKNOWN", "ADJA", Morphology.NONE, Set.of(), true);
            if (w.startsWith("ge") && (w.endsWith("t") || w.endsWith("en")) && w.length() > 5)
                return new Reading(w, "UNKNOWN", "VVPP", Morphology.NONE, Set.of(), true);
            return new Reading(w, "UNKNOWN", "ADJD", Morphology.NONE, Set.of(), true);
        }
        if (w.startsWith("http") || w.startsWith("www.") || w.contains("@")) return new Reading(w, "UNKNOWN", "XY", Morphology.NONE, Set.of(), true);
        return new Reading(w, "UNKNOWN", "XY", Morphology.NONE, Set.of(), true);
    }

    static String punctuationTag(String w) {
        boolean allPunct = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetterOrDigit(c)) { allPunct = false; break; }
        }
        if (!allPunct) return null;
        if (w.equals(",")) return "$,";
        char c = w.charAt(0);
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '…') return "$.";
        if (w.codePoints().allMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL || Character.isSurrogate((char) cp)))
            return "XY";
        return "$(";
    }

    private static boolean isNumber(String w) {
        if (!Character.isDigit(w.charAt(0))) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',' && c != ':') return false;
        }
        return true;
    }

    private static boolean isAllUpper(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isLowerCase(w.charAt(i))) return false;
        return true;
    }
}
