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

/**
 * The German named-entity recogniser: features ({@link NerFeatures}) scored by a trained model
 * ({@link NerModel}) and decoded per sentence, then two document-level rules: a name recognised
 * once is the same name at its other occurrences (and "Trumps" is the genitive of a known "Trump"),
 * and an acronym in parentheses right after a name is that name's short form. Thread-safe.
 */
public final class NerTagger {
    public static final String MODEL_RESOURCE = "ner-model.bin.gz";
    private static final Set<String> QUOTES = Set.of("«", "»", "„", "“", "\"", "‚", "‘", "’", "‹", "›", "'", "”", "''", "``");

    private final NerModel model;
    private final NerFeatures features;
    private final boolean documentRules;

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

    private static NerTagger load() {
        try (InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IllegalStateException("NER model " + MODEL_RESOURCE + " is not on the class path");
            return new NerTagger(NerModel.read(in), defaultFeatures(), true);
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

    /** Tag indices ({@link NerTags#TAGS}) for every token of the document. */
    public int[] tag(NerInput doc) {
        NerFeatures.DocumentContext ctx = features.context(doc);
        int[] tags = new int[doc.size()];
        for (int[] s : doc.sentences()) {
            int[] t = model.tag(features.sentence(doc, ctx, s[0], s[1]));
            System.arraycopy(t, 0, tags, s[0], t.length);
        }
        dropQuotes(doc, tags);
        if (documentRules) {
            parenthesisedAcronyms(doc, tags);
            consistentNames(doc, tags);
        }
        return tags;
    }

    /** Entities never include quote marks: «Handelsblatt» → Handelsblatt. */
    private static void dropQuotes(NerInput doc, int[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != 0 && QUOTES.contains(doc.forms()[i])) {
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
            if (NerTags.form(cls) != org.newsgraph.model.MentionForm.NAME) continue;
            tags[i] = 1 + 2 * cls;
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
     * A word recognised as (part of) a name is the same name where the model left it out; the
     * genitive of a person's name ("Putins") too.
     */
    private static void consistentNames(NerInput doc, int[] tags) {
        String[] f = doc.forms();
        Map<String, Integer> known = new HashMap<>();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == 0) continue;
            int cls = NerTags.classOf(tags[i]);
            if (NerTags.form(cls) != org.newsgraph.model.MentionForm.NAME) continue;
            int end = i;
            while (end + 1 < tags.length && NerTags.isInside(tags[end + 1])) end++;
            boolean person = NerTags.type(cls) == org.newsgraph.model.EntityType.PER;
            if (end == i || person) {
                for (int k = i; k <= end; k++) {
                    if (isNameWord(f[k])) known.putIfAbsent(f[k], cls);
                }
            }
            i = end;
        }
        if (known.isEmpty()) return;
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != 0 || !isNameWord(f[i])) continue;
            if (i > 0 && tags[i - 1] != 0 && NerTags.classOf(tags[i - 1]) != -1 && !f[i - 1].equals("(")) continue;
            if (i + 1 < tags.length && NerTags.isInside(tags[i + 1])) continue;
            Integer cls = known.get(f[i]);
            if (cls == null && f[i].endsWith("s") && f[i].length() > 3) {
                Integer stem = known.get(f[i].substring(0, f[i].length() - 1));
                if (stem != null && NerTags.type(stem) == org.newsgraph.model.EntityType.PER) cls = stem;
            }
            if (cls != null) tags[i] = 1 + 2 * cls;
        }
        // "EU-Sicherheitsinteressen" when "EU" is a name in the article: a part of that class
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != 0) continue;
            int dash = f[i].indexOf('-');
            if (dash < 2) continue;
            Integer cls = known.get(f[i].substring(0, dash));
            if (cls == null) continue;
            int part = NerTags.CLASSES.indexOf(NerTags.CLASSES.get(cls) + "part");
            if (part >= 0) tags[i] = 1 + 2 * part;
        }
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
