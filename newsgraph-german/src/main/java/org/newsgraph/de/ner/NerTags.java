package org.newsgraph.de.ner;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MentionForm;

/**
 * The 25 BIO tags of the 12 GermEval 2014 outer classes: {@code O}, then {@code B-}/{@code I-} of
 * PER, LOC, ORG, OTH, each plain, {@code deriv} and {@code part}. Index 0 is {@code O}.
 */
public final class NerTags {
    public static final List<String> CLASSES;
    public static final List<String> TAGS;

    static {
        List<String> classes = new ArrayList<>();
        for (String t : new String[] {"PER", "LOC", "ORG", "OTH"}) {
            for (String f : new String[] {"", "deriv", "part"}) classes.add(t + f);
        }
        CLASSES = List.copyOf(classes);
        List<String> tags = new ArrayList<>();
        tags.add("O");
        for (String c : classes) { tags.add("B-" + c); tags.add("I-" + c); }
        TAGS = List.copyOf(tags);
    }

    private NerTags() {
    }

    public static int size() {
        return TAGS.size();
    }

    public static int index(String tag) {
        int i = TAGS.indexOf(tag);
        if (i < 0) throw new IllegalArgumentException("not a GermEval outer tag: " + tag);
        return i;
    }

    public static boolean isBegin(int tag) {
        return tag > 0 && tag % 2 == 1;
    }

    public static boolean isInside(int tag) {
        return tag > 0 && tag % 2 == 0;
    }

    /** The class index (0..11) of a B- or I- tag. */
    public static int classOf(int tag) {
        return (tag - 1) / 2;
    }

    /** May {@code next} follow {@code prev} in a well-formed BIO sequence (-1 = sentence start)? */
    public static boolean allowed(int prev, int next) {
        if (!isInside(next)) return true;
        return prev > 0 && classOf(prev) == classOf(next);
    }

    public static EntityType type(int cls) {
        return EntityType.valueOf(CLASSES.get(cls).substring(0, 3));
    }

    public static MentionForm form(int cls) {
        String c = CLASSES.get(cls);
        return c.endsWith("deriv") ? MentionForm.DERIV : c.endsWith("part") ? MentionForm.PART : MentionForm.NAME;
    }
}
