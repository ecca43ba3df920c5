package org.newsgraph.de.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * German role nouns ("Außenminister", "Kremlchef", "FDP-Europapolitikerin") and party names.
 * A role word is matched with its inflection (Präsidenten), feminine -in, and compounds
 * (Europapolitikerin ends in ...politiker; CDU-Außenpolitiker has the prefix CDU).
 */
public final class RoleLexicon {
    /** A role word as read: the base form of the role, its office, party, implied country, gender. */
    public record Role(String base, String office, String party, String country, String gender, boolean plural) {
        public boolean relational() {
            return "*".equals(office);
        }
    }

    private final Map<String, String[]> nouns = new HashMap<>();
    private final Set<String> parties = new HashSet<>();

    private RoleLexicon() {
        try (InputStream r = RoleLexicon.class.getResourceAsStream("roles-de.tsv");
             InputStream p = RoleLexicon.class.getResourceAsStream("parties-de.txt")) {
            for (String line : lines(r)) {
                String[] f = line.split("\t");
                nouns.put(f[0].toLowerCase(Locale.ROOT), f);
            }
            for (String line : lines(p)) parties.add(line.strip().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final RoleLexicon INSTANCE = new RoleLexicon();

    public static RoleLexicon get() {
        return INSTANCE;
    }

    private static java.util.List<String> lines(InputStream in) throws IOException {
        java.util.List<String> out = new java.util.ArrayList<>();
        BufferedReader b = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String l;
        while ((l = b.readLine()) != null) if (!l.isBlank() && !l.startsWith("#")) out.add(l);
        return out;
    }

    public boolean isParty(String s) {
        return parties.contains(s.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads a capitalised word as a role noun, or returns null.
     *
     * @param countryOfPrefix maps a prefix like "US" to its country (or null)
     */
    public Role read(String word, java.util.function.Function<String, String> countryOfPrefix) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return null;
        String prefix = null, head = word;
        int dash = word.indexOf('-');
        if (dash > 0 && dash < word.length() - 1) {
            String first = word.substring(0, dash);
            String rest = word.substring(dash + 1);
            if (isParty(first) || countryOfPrefix.apply(first) != null || first.equals(first.toUpperCase(Locale.ROOT))) {
                prefix = first;
                head = rest;
            }
        }
        String[] hit = null;
        String gender = null;
        boolean plural = false;
        String matchedForm = null;
        for (String[] cand : variants(head)) {
            String form = cand[0];
            String[] e = lookup(form);
            if (e != null) {
                hit = e;
                matchedForm = form;
                if ("f".equals(cand[1])) gender = "f";
                plural = "p".equals(cand[2]);
                break;
            }
        }
        if (hit == null) return null;
        String baseHead = headCase(matchedForm) + ("f".equals(gender) ? "in" : "");
        String base = prefix == null ? baseHead : prefix + "-" + baseHead;
        String country = hit.length > 2 ? hit[2] : (prefix != null ? countryOfPrefix.apply(prefix) : null);
        String party = prefix != null && isParty(prefix) ? prefix : null;
        return new Role(base, hit[1], party, country, gender, plural);
    }

    private static String headCase(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The noun itself or, for a compound, its longest lexicon suffix (at least 5 letters). */
    private String[] lookup(String form) {
        String f = form.toLowerCase(Locale.ROOT);
        String[] e = nouns.get(f);
        if (e != null) return e;
        for (int i = 1; i + 5 <= f.length(); i++) {
            e = nouns.get(f.substring(i));
            if (e != null && !nouns.get(f.substring(i))[1].equals("*")) return e;
        }
        return null;
    }

    /** Candidate base forms of a role word: {form, gender, number}. */
    private static java.util.List<String[]> variants(String w) {
        java.util.List<String[]> v = new java.util.ArrayList<>();
        v.add(new String[] {w, null, null});
        if (w.endsWith("innen")) v.add(new String[] {w.substring(0, w.length() - 5), "f", "p"});
        if (w.endsWith("in")) v.add(new String[] {w.substring(0, w.length() - 2), "f", null});
        if (w.endsWith("en")) v.add(new String[] {w.substring(0, w.length() - 2), null, "p?"});
        if (w.endsWith("n")) v.add(new String[] {w.substring(0, w.length() - 1), null, null});
        if (w.endsWith("s")) v.add(new String[] {w.substring(0, w.length() - 1), null, null});
        if (w.endsWith("e")) v.add(new String[] {w.substring(0, w.length() - 1), null, null});
        return v;
    }
}
