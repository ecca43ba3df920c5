package org.newsgraph.de.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.de.morph.GermanLexicon;
import org.newsgraph.de.places.Gazetteer;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MentionForm;

/**
 * The German named-entity recogniser: features ({@link NerFeatures}) scored by a trained model
 * ({@link NerModel}) and decoded per sentence, then two document-level rules: a name recognised
 * once is the same name at its other occurrences (and "Trumps" is the genitive of a known "Trump"),
 * and an acronym in parentheses right after a name is that name's short form. Thread-safe.
 */
public final class NerTagger {
    public static final String MODEL_RESOURCE = "ner-model.bin.gz";

    private final NerModel model;
    private final NerFeatures features;
    private final boolean documentRules;
    private final Triggers triggers = Triggers.bundled();
    private final java.util.concurrent.ConcurrentHashMap<String, float[]> wordScores = new java.util.concurrent.ConcurrentHashMap<>();
    private final Gazetteer gazetteer = Gazetteer.get();

    public NerTagger(NerModel model, NerFeatures features, boolean documentRules) {
        this.model = model;
        this.features = features;
        this.documentRules = documentRules;
    }

    private static final class Holder {
        static final NerTagger INSTANCE = load();
    }

    /** The recogniser with the bundled model (loaded once). */
    public static NerTagger get() {
        return Holder.INSTANCE;
    }

    private static volatile String loadReport = "";

    /** How long loading the bundled model and its resources took (after {@link #get()}). */
    public static String loadReport() {
        return loadReport;
    }

    private static NerTagger load() {
        try (InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IllegalStateException("NER model " + MODEL_RESOURCE + " is not on the class path");
            long t0 = System.nanoTime();
            NerModel model = NerModel.read(in);
            long t1 = System.nanoTime();
            NerFeatures features = defaultFeatures();
            long t2 = System.nanoTime();
            loadReport = String.format(java.util.Locale.ROOT, "NER model: %d features read in %.0f ms; lexicon, gazetteer and word classes in %.0f ms",
                    model.features(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            return new NerTagger(model, features, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NER model", e);
        }
    }

    /** Features with the bundled resources: LanguageTool's dictionary, the gazetteer, the word classes. */
    public static NerFeatures defaultFeatures() {
        return new NerFeatures(GermanLexicon.get(), Gazetteer.get(), WordClasses.bundled());
    }

    public NerModel model() {
        return model;
    }

    /** The scores of a word form's word-level features, computed once per form (most lookups of a token). */
    private float[] wordScores(String form) {
        float[] s = wordScores.get(form);
        if (s != null) return s;
        s = model.scores(features.wordFeatures(form));
        if (wordScores.size() > 200_000) wordScores.clear();
        wordScores.put(form, s);
        return s;
    }

    /** Tag indices ({@link NerTags#TAGS}) for every token of the document. */
    public int[] tag(NerInput doc) {
        NerFeatures.DocumentContext ctx = features.context(doc);
        int[] tags = new int[doc.size()];
        for (int[] s : doc.sentences()) {
            float[][] word = new float[s[1] - s[0]][];
            for (int i = s[0]; i < s[1]; i++) word[i - s[0]] = wordScores(doc.forms()[i]);
            int[] t = model.tag(features.sentence(doc, ctx, s[0], s[1], false), word);
            System.arraycopy(t, 0, tags, s[0], t.length);
        }
        dropQuotes(doc, tags);
        if (documentRules) {
            parenthesisedAcronyms(doc, tags);
            namedByWorkNoun(doc, tags);
            consistentNames(doc, tags);
        }
        return tags;
    }

    /** Entities never include quote marks: «Handelsblatt» → Handelsblatt. */
    private static void dropQuotes(NerInput doc, int[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != 0 && NerFeatures.QUOTES.contains(doc.forms()[i])) {
                boolean begin = NerTags.isBegin(tags[i]);
                tags[i] = 0;
                if (begin && i + 1 < tags.length && NerTags.isInside(tags[i + 1])) tags[i + 1] -= 1;
            }
        }
    }

    /** "Internationalen Strafgerichtshofs (IStGH)": the acronym gets the class of the name before it. */
    private static void parenthesisedAcronyms(NerInput doc, int[] tags) {
        String[] f = doc.forms();
        for (int i = 2; i + 1 < tags.length; i++) {
            if (tags[i] != 0 || !f[i - 1].equals("(") || !f[i + 1].equals(")") || !isAcronym(f[i])) continue;
            int before = tags[i - 2];
            if (before == 0) continue;
            int cls = NerTags.classOf(before);
            if (NerTags.form(cls) != MentionForm.NAME) continue;
            tags[i] = 1 + 2 * cls;
        }
    }

    /**
     * "des Typs Tomahawk", "der Film Titanic": a capitalised word right after a noun that names a
     * kind of product or work is such a name (OTH), unless the model found a person or a known place.
     */
    private void namedByWorkNoun(NerInput doc, int[] tags) {
        String[] f = doc.forms();
        for (int i = 1; i < tags.length; i++) {
            if (!isNameWord(f[i]) || doc.pos()[i - 1].isEmpty() || !Character.isUpperCase(f[i - 1].charAt(0))) continue;
            if (tags[i - 1] != 0 || (i + 1 < tags.length && NerTags.isInside(tags[i + 1]))) continue;
            if (!doc.pos()[i].equals("NE") || triggers.of(doc.lemmas()[i - 1]) != Triggers.Kind.WORK) continue;
            if (tags[i] != 0) {
                int cls = NerTags.classOf(tags[i]);
                if (NerTags.form(cls) != MentionForm.NAME || NerTags.type(cls) == EntityType.PER || NerTags.type(cls) == EntityType.OTH) continue;
                if (!gazetteer.candidates(f[i]).isEmpty()) continue;
            }
            tags[i] = 1 + 2 * NerTags.CLASSES.indexOf("OTH");
        }
    }

    private static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 8) return false;
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 2 && Character.isUpperCase(w.charAt(0));
    }

    /**
     * One name, one class per article: single-word names take the class most of their occurrences
     * got (ties: the first); a word recognised as (part of) a name is the same name where the model
     * left it out, and "Putins" is the genitive of a person "Putin"; a multi-word span is split
     * where it runs into a known person's name ("falls Ungarn Putin ...", also when the model took the
     * whole span for a person); a hyphenated word whose
     * first element is a known name is a part of that class ("EU-Sicherheitsinteressen"), and so is
     * the word coordinated with a truncated one ("EU- und Nato-Staaten").
     */
    private static void consistentNames(NerInput doc, int[] tags) {
        String[] f = doc.forms();
        int nc = NerTags.CLASSES.size();
        Map<String, int[]> votes = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == 0) continue;
            int cls = NerTags.classOf(tags[i]);
            int end = span(tags, i);
            if (NerTags.form(cls) == MentionForm.NAME) {
                boolean person = NerTags.type(cls) == EntityType.PER;
                if (end == i || person) {
                    for (int k = i; k <= end; k++) {
                        if (!isNameWord(f[k])) continue;
                        votes.computeIfAbsent(f[k], x -> new int[nc])[cls] += end == i ? 2 : 1;
                        first.putIfAbsent(f[k], cls);
                    }
                }
            } else if (NerTags.form(cls) == MentionForm.PART && end == i && f[i].indexOf('-') > 1) {
                // "AfD-Chefin", a truncated "EU-": a vote for the name element of the corresponding name class
                String name = f[i].substring(0, f[i].indexOf('-'));
                int nameCls = cls - 2;
                votes.computeIfAbsent(name, x -> new int[nc])[nameCls] += 1;
                first.putIfAbsent(name, nameCls);
            }
            i = end;
        }
        if (votes.isEmpty()) return;
        Map<String, Integer> known = new HashMap<>();
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            int[] v = e.getValue();
            int best = first.get(e.getKey());
            for (int c = 0; c < nc; c++) if (v[c] > v[best]) best = c;
            known.put(e.getKey(), best);
        }
        // single-word names: the majority class
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == 0) continue;
            int end = span(tags, i);
            int cls = NerTags.classOf(tags[i]);
            if (end == i && NerTags.form(cls) == MentionForm.NAME) {
                Integer k = known.get(f[i]);
                if (k != null) tags[i] = 1 + 2 * k;
            }
            i = end;
        }
        // split spans that run into a known person
        for (int i = 0; i < tags.length; i++) {
            if (!NerTags.isInside(tags[i])) continue;
            int cls = NerTags.classOf(tags[i]);
            Integer k = known.get(f[i]);
            Integer before = known.get(f[i - 1]);
            if (k == null || NerTags.type(k) != EntityType.PER || before == null || NerTags.type(before) == EntityType.PER) continue;
            if (NerTags.type(cls) != EntityType.PER) {
                tags[i] = 1 + 2 * k;
            } else if (!NerTags.isInside(tags[i - 1])) {
                // a person span that starts with a one-word name of another class: "Ungarn" + "Putin"
                tags[i - 1] = 1 + 2 * before;
                tags[i] = 1 + 2 * k;
            }
        }
        // words the model left out
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != 0 || !isNameWord(f[i])) continue;
            if (i + 1 < tags.length && NerTags.isInside(tags[i + 1])) continue;
            Integer cls = known.get(f[i]);
            // other classes need two recognised occurrences; a person's name one
            if (cls != null && NerTags.type(cls) != EntityType.PER && votes.get(f[i])[cls] < 3) cls = null;
            if (cls == null && f[i].endsWith("s") && f[i].length() > 3) {
                Integer stem = known.get(f[i].substring(0, f[i].length() - 1));
                if (stem != null && NerTags.type(stem) == EntityType.PER) cls = stem;
            }
            if (cls != null) tags[i] = 1 + 2 * cls;
        }
        // parts: the class of the name element
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != 0 && (NerTags.form(NerTags.classOf(tags[i])) != MentionForm.PART || span(tags, i) != i)) continue;
            int dash = f[i].indexOf('-');
            if (dash < 2 || !Character.isUpperCase(f[i].charAt(0))) continue;
            Integer cls = known.get(f[i].substring(0, dash));
            if (cls == null || NerTags.form(cls) != MentionForm.NAME) continue;
            tags[i] = 1 + 2 * (cls + 2);
        }
        // "EU- und Nato-Staaten": the completed word is a part of the same kind
        for (int i = 0; i + 2 < tags.length; i++) {
            if (tags[i] == 0 || !f[i].endsWith("-") || !COORDINATORS.contains(f[i + 1]) || tags[i + 2] != 0) continue;
            int cls = NerTags.classOf(tags[i]);
            int dash = f[i + 2].indexOf('-');
            if (NerTags.form(cls) != MentionForm.PART || dash < 2 || !Character.isUpperCase(f[i + 2].charAt(0))) continue;
            tags[i + 2] = 1 + 2 * cls;
        }
    }

    private static final Set<String> COORDINATORS = Set.of("und", "oder", "sowie", ",", "bzw.");

    /** Last token of the span that starts at i. */
    private static int span(int[] tags, int i) {
        int end = i;
        while (end + 1 < tags.length && NerTags.isInside(tags[end + 1])) end++;
        return end;
    }

    private static boolean isNameWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1));
    }

    /** The tags as strings. */
    public static String[] names(int[] tags) {
        String[] out = new String[tags.length];
        List<String> all = NerTags.TAGS;
        for (int i = 0; i < tags.length; i++) out[i] = all.get(tags[i]);
        return out;
    }
}
