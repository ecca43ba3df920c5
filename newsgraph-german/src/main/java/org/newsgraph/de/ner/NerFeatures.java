package org.newsgraph.de.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.de.morph.GermanLexicon;
import org.newsgraph.de.places.Gazetteer;
import org.newsgraph.de.places.Place;
import org.newsgraph.model.NameClass;

/**
 * Features of a token for the recogniser, as 64-bit hashes: the word itself (form, lower case,
 * shape, affixes), what German resources say about it (LanguageTool name classes and parts of
 * speech, GeoNames places, country adjectives, the parts of hyphenated compounds, distributional
 * word classes), its context (words, shapes, classes and parts of speech around it, quote marks,
 * parentheses) and the document (a word that follows a first name somewhere in the article is a
 * surname everywhere in it, and so is its genitive). Word-level features are cached per word form.
 * Thread-safe.
 */
public final class NerFeatures {
    private static final int CACHE_LIMIT = 200_000;
    /** Quotation-mark tokens, as German text and GermEval's tokenisation write them. */
    static final Set<String> QUOTES = Set.of("«", "»", "„", "“", "\"", "‚", "‘", "’", "‹", "›", "'", "”", "''", "``");
    private static final Set<String> COORDINATORS = Set.of(",", "und", "oder", "sowie", "/");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "dem", "den", "des", "im", "vom", "zum", "beim", "am");

    // feature templates
    private static final int BIAS = 1, W = 2, LW = 3, SHAPE = 4, SUF = 5, PRE = 6, NAME = 7, LPOS = 8, POS = 9,
            GAZ = 10, GAZPOP = 11, DEMONYM = 12, H1 = 13, H1CLASS = 14, HLAST = 15, CPFX = 16, CLS = 17, LEN = 18,
            CAPS = 19, LCKNOWN = 20, CTXW = 21, CTXSHAPE = 22, CTXPOS = 23, CTXCLS = 24, BIW = 25, BIPOS = 26,
            QUOTE = 27, OUTLET = 28, PAREN = 29, DOC = 30, START = 31, LEMMA = 32, LEMMACLASS = 33, SHAPECTX = 34,
            CTXNAME = 35, H1SHAPE = 36, CTXW2 = 37, NEXTHYPH = 38, TRIG = 39, NATIONAL = 40, CITYER = 41, PARTY = 42, COORD = 43;

    private final GermanLexicon lexicon;
    private final Gazetteer gazetteer;
    private final WordClasses classes;
    private final Triggers triggers = Triggers.bundled();
    private final org.newsgraph.de.resolve.RoleLexicon parties = org.newsgraph.de.resolve.RoleLexicon.get();
    private final ConcurrentHashMap<String, Integer> triggerCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, WordType> cache = new ConcurrentHashMap<>();

    /** What does not depend on context, computed once per word form. */
    record WordType(long lower, String shape, long shapeHash, long cluster, long cluster2, long[] features,
                    boolean capitalised, boolean firstName, long[] lexical) {
    }

    public NerFeatures(GermanLexicon lexicon, Gazetteer gazetteer, WordClasses classes) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.classes = classes;
    }

    /** Features of every token of a sentence [from, to) of the document. */
    public long[][] sentence(NerInput doc, DocumentContext ctx, int from, int to) {
        return sentence(doc, ctx, from, to, true);
    }

    /** The word-level features of a form (a subset of what {@link #sentence} gives each of its tokens). */
    long[] wordFeatures(String form) {
        return type(form).features();
    }

    /**
     * Features of every token of a sentence; with {@code withWord} false only those that depend on
     * context (the caller adds {@link #wordFeatures}, e.g. from a cache of their scores).
     */
    long[][] sentence(NerInput doc, DocumentContext ctx, int from, int to, boolean withWord) {
        int n = to - from;
        WordType[] types = new WordType[n];
        for (int i = 0; i < n; i++) types[i] = type(doc.forms()[from + i]);
        long[][] out = new long[n][];
        int[] trig = new int[n];
        for (int i = 0; i < n; i++) trig[i] = trigger(doc, from + i);
        long[] buf = new long[160];
        for (int i = 0; i < n; i++) {
            int k = 0;
            WordType t = types[i];
            int g = from + i;
            String form = doc.forms()[g];
            if (buf.length < t.features().length + 80) buf = new long[t.features().length + 80];
            if (withWord) {
                System.arraycopy(t.features(), 0, buf, 0, t.features().length);
                k = t.features().length;
            }
            String pos = doc.pos()[g];
            long posHash = FeatureHash.of(POS, pos);
            buf[k++] = posHash;
            for (NameClass c : doc.names().get(g)) buf[k++] = FeatureHash.of(NAME, c.ordinal());
            if (i == 0) buf[k++] = FeatureHash.of(START, t.shapeHash());
            String lemma = doc.lemmas()[g];
            if (!lemma.equals(form) && pos.equals("NE")) {
                // genitive names reduced by morphology: "Selenskyjs" → "Selenskyj"
                WordType lt = type(lemma);
                buf[k++] = FeatureHash.of(LEMMA, lt.lower());
                for (NameClass c : lexicon.nameClasses(lemma)) buf[k++] = FeatureHash.of(LEMMACLASS, c.ordinal());
            }
            // context: two words either side
            for (int d = -2; d <= 2; d++) {
                if (d == 0) continue;
                int j = i + d;
                if (j < 0 || j >= n) {
                    buf[k++] = FeatureHash.of(CTXW, d, j < 0 ? 1 : 2);
                    continue;
                }
                WordType c = types[j];
                buf[k++] = FeatureHash.of(CTXW, d, c.lower());
                buf[k++] = FeatureHash.of(CTXSHAPE, d, c.shapeHash());
                if (c.cluster() != 0) buf[k++] = FeatureHash.of(CTXCLS, d, c.cluster());
                if (Math.abs(d) == 1) {
                    buf[k++] = FeatureHash.of(CTXPOS, d, FeatureHash.of(POS, doc.pos()[from + j]));
                    for (NameClass nc : doc.names().get(from + j)) buf[k++] = FeatureHash.of(CTXNAME, d, nc.ordinal());
                    if (c.cluster2() != 0) buf[k++] = FeatureHash.of(CTXCLS, d + 10, c.cluster2());
                }
            }
            if (i > 0) {
                buf[k++] = FeatureHash.of(BIW, types[i - 1].lower(), t.lower());
                buf[k++] = FeatureHash.of(BIPOS, FeatureHash.of(POS, doc.pos()[g - 1]), posHash);
                buf[k++] = FeatureHash.of(SHAPECTX, types[i - 1].shapeHash(), t.shapeHash());
            }
            if (i + 1 < n) {
                buf[k++] = FeatureHash.of(BIW, 1, t.lower(), types[i + 1].lower());
                buf[k++] = FeatureHash.of(SHAPECTX, 1, t.shapeHash(), types[i + 1].shapeHash());
            }
            if (i > 1) buf[k++] = FeatureHash.of(CTXW2, types[i - 2].lower(), types[i - 1].lower());
            // quotes: titles and outlets are quoted ("dem «Handelsblatt»")
            boolean quoteBefore = i > 0 && QUOTES.contains(doc.forms()[g - 1]);
            boolean quoteAfter = i + 1 < n && QUOTES.contains(doc.forms()[g + 1]);
            if (quoteBefore || quoteAfter) buf[k++] = FeatureHash.of(QUOTE, (quoteBefore ? 1 : 0) + (quoteAfter ? 2 : 0), t.capitalised() ? 1 : 0);
            if (quoteBefore && i > 1) {
                String art = doc.forms()[g - 2].toLowerCase(Locale.ROOT);
                if (ARTICLES.contains(art)) buf[k++] = FeatureHash.of(OUTLET, quoteAfter ? 1 : 0, t.capitalised() ? 1 : 0);
            }
            // "(IStGH)": an acronym in parentheses names what precedes it
            if (i > 0 && i + 1 < n && doc.forms()[g - 1].equals("(") && doc.forms()[g + 1].equals(")")) {
                buf[k++] = FeatureHash.of(PAREN, t.shapeHash());
                buf[k++] = FeatureHash.of(PAREN, 1, i > 1 ? types[i - 2].shapeHash() : 0);
            }
            // coordination: "Dresden , Spitzbergen", "Simonovski , Hilfenhaus": what the lexicons say of the other conjunct
            for (int d = -2; d <= 2; d += 4) {
                int j = i + d, m = i + d / 2;
                if (j < 0 || j >= n || !COORDINATORS.contains(doc.forms()[from + m])) continue;
                WordType c = types[j];
                buf[k++] = FeatureHash.of(COORD, d, c.shapeHash());
                for (long x : c.lexical()) buf[k++] = FeatureHash.of(COORD, d, x);
            }
            // nouns that introduce names: "Fluss Oskil", "Präsident Donald Trump", "des Typs Tomahawk"
            if (i > 0) {
                int tp = trig[i - 1];
                if (tp >= 0) buf[k++] = FeatureHash.of(TRIG, 1, tp);
                if (tp < 0 && i > 1 && types[i - 1].capitalised()) {
                    int tp2 = trig[i - 2];
                    if (tp2 >= 0) buf[k++] = FeatureHash.of(TRIG, 2, tp2);
                }
            }
            int self = trig[i];
            if (self >= 0) buf[k++] = FeatureHash.of(TRIG, 0, self);
            if (i + 1 < n && doc.forms()[g + 1].equals("-") && i + 2 < n) {
                buf[k++] = FeatureHash.of(NEXTHYPH, types[i + 2].lower());
            }
            // the document: a surname once is a surname everywhere
            int docFlags = ctx.flags(form);
            if (docFlags != 0) buf[k++] = FeatureHash.of(DOC, docFlags);
            out[i] = Arrays.copyOf(buf, k);
        }
        return out;
    }

    private int trigger(NerInput doc, int g) {
        String p = doc.pos()[g];
        if (!p.equals("NN") && !p.equals("NE")) return -1;
        String lemma = doc.lemmas()[g];
        Integer t = triggerCache.get(lemma);
        if (t == null) {
            Triggers.Kind kind = triggers.of(lemma);
            t = kind == null ? -1 : kind.ordinal();
            if (triggerCache.size() > CACHE_LIMIT) triggerCache.clear();
            triggerCache.put(lemma, t);
        }
        return t;
    }

    WordType type(String form) {
        WordType t = cache.get(form);
        if (t != null) return t;
        t = computeType(form);
        if (cache.size() > CACHE_LIMIT) cache.clear();
        cache.put(form, t);
        return t;
    }

    private WordType computeType(String form) {
        String lower = form.toLowerCase(Locale.ROOT);
        long lowerHash = FeatureHash.of(LW, lower);
        String shape = shape(form);
        long shapeHash = FeatureHash.of(SHAPE, shape);
        boolean cap = !form.isEmpty() && Character.isUpperCase(form.charAt(0));
        LongList f = new LongList();
        f.add(FeatureHash.of(BIAS, 0));
        f.add(FeatureHash.of(W, form));
        f.add(lowerHash);
        f.add(shapeHash);
        f.add(FeatureHash.of(SHAPE, longShape(form)));
        f.add(FeatureHash.of(LEN, Math.min(form.length(), 12)));
        for (int k = 2; k <= 5 && k < lower.length(); k++) f.add(FeatureHash.of(SUF, lower.substring(lower.length() - k)));
        for (int k = 2; k <= 4 && k < lower.length(); k++) f.add(FeatureHash.of(PRE, lower.substring(0, k)));
        int upper = 0;
        for (int i = 0; i < form.length(); i++) if (Character.isUpperCase(form.charAt(i))) upper++;
        if (upper >= 2) f.add(FeatureHash.of(CAPS, upper == form.replaceAll("[^\\p{L}]", "").length() ? 1 : 2));
        GermanLexicon.WordInfo info = lexicon.info(form);
        Set<String> pos = new java.util.TreeSet<>(info.partsOfSpeech());
        for (String p : pos) f.add(FeatureHash.of(LPOS, p));
        boolean firstName = false;
        for (NameClass c : info.nameClasses()) {
            f.add(FeatureHash.of(NAME, 100 + c.ordinal()));
            if (c == NameClass.FIRST_NAME) firstName = true;
        }
        if (cap && !lower.equals(form) && lexicon.isKnown(lower)) f.add(FeatureHash.of(LCKNOWN, 1));
        if (cap && !lexicon.isKnown(form) && !lexicon.isKnown(lower)) f.add(FeatureHash.of(LCKNOWN, 2));
        addPlace(f, GAZ, form);
        if (parties.isParty(form)) f.add(FeatureHash.of(PARTY, 0));
        String country = gazetteer.countryOfAdjective(form);
        if (country != null && form.length() > 2) f.add(FeatureHash.of(DEMONYM, cap ? 1 : 0));
        if (cap && form.length() > 3) {
            // people of a country ("Russen", "Dänin", "Franzose") share the stem of the country adjective
            if (gazetteer.countryOfNational(lower) != null) f.add(FeatureHash.of(NATIONAL, 1));
            // "Hamburger", "Wiener", "Reichenhaller": a place name with -er
            for (String end : new String[] {"er", "ern", "erin", "erinnen"}) {
                if (!form.endsWith(end) || form.length() - end.length() < 3) continue;
                List<Place> places = gazetteer.candidates(form.substring(0, form.length() - end.length()));
                if (!places.isEmpty()) { f.add(FeatureHash.of(CITYER, places.get(0).kind().ordinal())); break; }
            }
        }
        int hyphen = form.indexOf('-');
        if (hyphen > 0 && hyphen < form.length() - 1) {
            String first = form.substring(0, hyphen);
            String last = form.substring(form.lastIndexOf('-') + 1);
            f.add(FeatureHash.of(H1, first.toLowerCase(Locale.ROOT)));
            f.add(FeatureHash.of(H1SHAPE, shape(first)));
            f.add(FeatureHash.of(HLAST, last.toLowerCase(Locale.ROOT)));
            f.add(FeatureHash.of(HLAST, 1, !last.isEmpty() && Character.isUpperCase(last.charAt(0)) ? 1 : 0));
            for (NameClass c : lexicon.nameClasses(first)) f.add(FeatureHash.of(H1CLASS, c.ordinal()));
            if (parties.isParty(first)) f.add(FeatureHash.of(PARTY, 1));
            addPlace(f, H1CLASS + 100, first);
            if (gazetteer.countryOfAdjective(first + "-") != null) f.add(FeatureHash.of(H1CLASS, 50));
            if (classes != null) {
                int c = classes.fine(first);
                if (c > 0) f.add(FeatureHash.of(H1CLASS, 1000 + c));
            }
            for (NameClass c : lexicon.nameClasses(last)) f.add(FeatureHash.of(H1CLASS, 200 + c.ordinal()));
        } else if (cap && form.length() >= 9 && upper == 1) {
            // a place at the start of a closed compound: "Europapolitikerin", "Deutschlandreise"
            for (int k = 4; k <= form.length() - 4; k++) {
                String head = Character.toUpperCase(form.charAt(k)) + form.substring(k + 1);
                if (!lexicon.isKnown(head)) continue;
                String prefix = form.substring(0, k);
                List<Place> places = gazetteer.candidates(prefix);
                if (!places.isEmpty() && places.get(0).kind() != Place.Kind.CITY || !places.isEmpty() && places.get(0).population() > 500_000) {
                    f.add(FeatureHash.of(CPFX, places.get(0).kind().ordinal()));
                    break;
                }
            }
        }
        long cluster = 0, cluster2 = 0;
        if (classes != null) {
            int c1 = classes.fine(form);
            int c2 = classes.coarse(form);
            if (c1 > 0) { cluster = c1; f.add(FeatureHash.of(CLS, c1)); }
            if (c2 > 0) { cluster2 = c2; f.add(FeatureHash.of(CLS, 10_000 + c2)); }
            if (c1 == 0 && cap && form.length() > 3 && form.endsWith("s")) {
                int cg = classes.fine(form.substring(0, form.length() - 1));
                if (cg > 0) f.add(FeatureHash.of(CLS, 20_000 + cg));
            }
        }
        LongList lexical = new LongList();
        for (NameClass c : info.nameClasses()) lexical.add(c.ordinal());
        if (cap) {
            List<Place> places = gazetteer.candidates(form);
            if (!places.isEmpty()) lexical.add(100 + places.get(0).kind().ordinal());
        }
        if (cluster2 != 0) lexical.add(1000 + cluster2);
        return new WordType(lowerHash, shape, shapeHash, cluster, cluster2, f.toArray(), cap, firstName, lexical.toArray());
    }

    private void addPlace(LongList f, int template, String form) {
        if (form.isEmpty() || !Character.isUpperCase(form.charAt(0))) return;
        List<Place> places = gazetteer.candidates(form);
        if (places.isEmpty()) return;
        Place best = places.get(0);
        for (Place p : places) if (p.kind().ordinal() < best.kind().ordinal() || p.kind() == best.kind() && p.population() > best.population()) best = p;
        f.add(FeatureHash.of(template, best.kind().ordinal()));
        int pop = best.population() <= 0 ? 0 : (int) Math.log10(best.population());
        f.add(FeatureHash.of(template + 500, best.kind().ordinal(), pop));
    }

    /** Character classes with repeats collapsed: "Trump" → "Xx", "US-Außenminister" → "X-Xx", "2025" → "d". */
    static String shape(String w) {
        StringBuilder b = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'x' : c;
            if (s != last) b.append(s);
            last = s;
        }
        return b.toString();
    }

    /** The shape without collapsing, for short words ("IStGH" → "XXxXX"); longer words keep their ends. */
    static String longShape(String w) {
        String s = shapeChars(w);
        return s.length() <= 6 ? s : s.substring(0, 3) + "~" + s.substring(s.length() - 2);
    }

    private static String shapeChars(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'x' : c);
        }
        return b.toString();
    }

    /**
     * What the whole document says about word forms: forms that follow a first name somewhere
     * ("Donald Trump" → "Trump") and forms that occur capitalised inside a sentence.
     */
    public DocumentContext context(NerInput doc) {
        Set<String> afterFirst = new HashSet<>();
        String[] forms = doc.forms();
        for (int i = 1; i < forms.length; i++) {
            String w = forms[i];
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(w.length() - 1))) continue;
            String prev = forms[i - 1];
            if (prev.length() < 2 || !Character.isUpperCase(prev.charAt(0))) continue;
            if (type(prev).firstName() && !doc.pos()[i].equals("NN") && !doc.pos()[i].equals("ADJA")) afterFirst.add(w);
        }
        return new DocumentContext(afterFirst);
    }

    /** Document-level facts about word forms (see {@link #context}). */
    public record DocumentContext(Set<String> afterFirstName) {
        public static final DocumentContext EMPTY = new DocumentContext(Set.of());

        int flags(String form) {
            if (afterFirstName.isEmpty()) return 0;
            int f = 0;
            if (afterFirstName.contains(form)) f |= 1;
            if (form.length() > 3 && form.endsWith("s") && afterFirstName.contains(form.substring(0, form.length() - 1))) f |= 2;
            return f;
        }
    }

    /** A growable long array. */
    static final class LongList {
        private long[] a = new long[48];
        private int n;

        void add(long v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
