package org.newsgraph.de.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Sentence;

/** Sentence index of an offset: from the segmentation layer when present, else from punctuation. */
final class Sentences {
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?»:])\\s+(?=[\\p{Lu}«„\"])|\\n\\s*\\n");
    private final int[] starts;

    private Sentences(int[] starts) {
        this.starts = starts;
    }

    static Sentences of(AnalyzedArticle doc) {
        List<Integer> s = new ArrayList<>();
        if (!doc.sentences().isEmpty()) {
            for (Sentence x : doc.sentences()) s.add(x.begin());
        } else {
            s.add(0);
            Matcher m = BOUNDARY.matcher(doc.text());
            while (m.find()) s.add(m.end());
        }
        int[] a = new int[s.size()];
        for (int i = 0; i < a.length; i++) a[i] = s.get(i);
        java.util.Arrays.sort(a);
        return new Sentences(a);
    }

    int index(int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Whether the mention at {@code at} is the first person mention of its sentence. */
    boolean isFirstPersonIn(int at, List<Object[]> antecedents) {
        int s = index(at);
        for (Object[] a : antecedents) {
            int b = (Integer) a[0];
            if (index(b) == s) return b == at;
        }
        return false;
    }
}
