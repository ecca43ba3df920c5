package org.newsgraph.de.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.de.places.Gazetteer;
import org.newsgraph.de.places.Place;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Attributes;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityRecord;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.MentionForm;
import org.newsgraph.model.Morphology;
import org.newsgraph.model.Token;
import org.newsgraph.names.NameKey;
import org.newsgraph.pipeline.Stage;

/**
 * Within-article mention resolution: groups name mentions of one entity (inflections, surname-only
 * mentions, acronyms in parentheses), links country adjectives and prefixes to their country, reads
 * role nouns and appositions as attributes, adds nominal ("der Kremlchef") and pronoun ("sagte er")
 * mentions, and places LOC entities with the gazetteer.
 */
public final class ResolutionStage implements Stage {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*-?");
    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "dem", "den", "des", "ein", "eine", "einem",
            "einen", "einer", "eines", "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem",
            "ihren", "ihrer", "ihres");
    private static final Map<String, String> PRONOUN_GENDER = pronouns();

    private final Gazetteer gazetteer;
    private final RoleLexicon roles;
    private final FirstNames firstNames;
    private final org.newsgraph.kb.KnowledgeBase kb;

    /** Without a knowledge base: entities carry no Wikidata ids. */
    public ResolutionStage() {
        this(Gazetteer.get(), RoleLexicon.get(), FirstNames.get(), null);
    }

    /** With a local knowledge base (see {@code newsgraph kb import}), or null. */
    public ResolutionStage(Gazetteer gazetteer, RoleLexicon roles, FirstNames firstNames, org.newsgraph.kb.KnowledgeBase kb) {
        this.gazetteer = gazetteer;
        this.roles = roles;
        this.firstNames = firstNames;
        this.kb = kb;
    }

    /** The default stage; uses the knowledge base in the directory named by system property {@code newsgraph.kb}, if set. */
    public static ResolutionStage configured() {
        String dir = System.getProperty("newsgraph.kb", System.getenv("NEWSGRAPH_KB"));
        if (dir == null || dir.isBlank()) return new ResolutionStage();
        try {
            return new ResolutionStage(Gazetteer.get(), RoleLexicon.get(), FirstNames.get(),
                    org.newsgraph.kb.KnowledgeBase.load(java.nio.file.Path.of(dir)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("knowledge base " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> pronouns() {
        Map<String, String> m = new HashMap<>();
        for (String p : List.of("er", "ihm", "ihn", "sein", "seine", "seinem", "seinen", "seiner", "seines")) m.put(p, "m");
        for (String p : List.of("sie", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres")) m.put(p, "f");
        return m;
    }

    @Override
    public String name() {
        return "de.resolve.v1";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.RESOLUTION);
    }

    /** An entity being built for one article. */
    private static final class Ent {
        final EntityType type;
        String name;
        String key;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roleNames = new LinkedHashSet<>();
        final Set<String> offices = new LinkedHashSet<>();
        final Set<String> parties = new LinkedHashSet<>();
        String gender;
        String country;
        Place place;
        String id;
        int count;
        int lastBegin = -1;

        Ent(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }

        String surname() {
            String[] w = name.split(" ");
            return w[w.length - 1];
        }
    }

    @Override
    public AnalyzedArticle process(AnalyzedArticle doc) {
        String text = doc.text();
        List<EntityMention> mentions = new ArrayList<>();
        for (EntityMention m : doc.entities()) mentions.add(nameElement(m));
        addDatelinePlaces(doc, mentions);
        mentions.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));
        Sentences sentences = Sentences.of(doc);
        List<Ent> ents = new ArrayList<>();
        Map<EntityMention, Ent> assigned = new LinkedHashMap<>();

        // context for places: countries named in the article and dateline, regions named
        Set<String> ctxCountries = new HashSet<>();
        Set<Long> ctxRegions = new HashSet<>();
        for (String dl : doc.article().dateline().places()) {
            Place p = gazetteer.resolve(dl, Set.of(), Set.of());
            if (p != null && p.country() != null) ctxCountries.add(p.country());
        }
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.LOC || m.form() == MentionForm.DERIV || m.form() == MentionForm.PART) {
                String iso = gazetteer.countryOfAdjective(m.text());
                if (iso != null) ctxCountries.add(iso);
                for (Place p : gazetteer.candidates(m.text())) {
                    if (p.kind() == Place.Kind.COUNTRY) ctxCountries.add(p.country());
                    if (p.kind() == Place.Kind.REGION && gazetteer.candidates(m.text()).size() == 1) ctxRegions.add(p.geonames());
                }
            }
        }

        // 1. full person names
        Map<String, Ent> byKey = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.PER || m.form() != MentionForm.NAME) continue;
            String name = clean(m.text());
            // "al Huthi", "von der Leyen": a surname with its particles, not a full name
            if (name.split(" ").length < 2 || Character.isLowerCase(name.charAt(0))) continue;
            String key = NameKey.key(name);
            Ent e = byKey.get(key);
            if (e == null) e = byKey.get(NameKey.key(stripGenitive(name)));
            if (e == null) {
                e = new Ent(EntityType.PER, name);
                e.key = key;
                ents.add(e);
                byKey.put(key, e);
                e.gender = firstNames.gender(name.split(" ")[0].split("-")[0]);
            }
            e.aliases.add(name);
            assigned.put(m, e);
        }
        // 2. single-word person names: the full-name person with that surname (nearest if several)
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.PER || m.form() != MentionForm.NAME || assigned.containsKey(m)) continue;
            String w = clean(m.text());
            String surname = w.substring(w.lastIndexOf(' ') + 1);
            List<Ent> cands = surnameMatches(ents, surname);
            if (cands.isEmpty() && surname.endsWith("s")) cands = surnameMatches(ents, surname.substring(0, surname.length() - 1));
            Ent e;
            if (cands.size() == 1) {
                e = cands.get(0);
            } else if (cands.size() > 1) {
                e = nearest(cands, m, assigned);
            } else {
                String base = w;
                if (w.endsWith("s") && w.length() > 3) {
                    // "Trumps" is "Trump" if the article also says "Trump" or the bare form is a known key
                    String bare = w.substring(0, w.length() - 1);
                    for (EntityMention o : mentions) if (o.type() == EntityType.PER && clean(o.text()).equals(bare)) base = bare;
                }
                String key = NameKey.key(base);
                e = byKey.get(key);
                if (e == null) {
                    e = new Ent(EntityType.PER, base);
                    e.key = key;
                    ents.add(e);
                    byKey.put(key, e);
                }
            }
            e.aliases.add(w);
            assigned.put(m, e);
        }
        // 3. organisations, places, others: inflection-free keys; acronym definitions in parentheses
        EntityMention prev = null;
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.PER && m.form() == MentionForm.NAME) { prev = m; continue; }
            if (m.form() == MentionForm.NOMINAL || m.form() == MentionForm.PRONOUN) continue;
            String surface = clean(m.text());
            Ent e = null;
            // "Huthi-Rebellen", "Trump-Regierung": a person's name inside a word is that person when only one has it
            if (m.type() == EntityType.PER && m.form() == MentionForm.PART) {
                List<Ent> cands = surnameMatches(ents, surface);
                if (cands.size() == 1) e = cands.get(0);
            }
            if (e == null && (m.type() == EntityType.LOC || m.form() == MentionForm.DERIV || (m.form() == MentionForm.PART && m.type() == EntityType.LOC))) {
                Place p = placeOf(surface, m.form(), ctxCountries, ctxRegions);
                if (p != null) {
                    String id = "loc:" + slug(p.name()) + "-" + p.geonames();
                    for (Ent o : ents) if (id.equals(o.id)) e = o;
                    if (e == null) {
                        e = new Ent(EntityType.LOC, m.form() == MentionForm.NAME ? nameForm(surface, p) : p.name());
                        e.place = p;
                        e.id = id;
                        ents.add(e);
                    } else if (m.form() == MentionForm.NAME && e.aliases.isEmpty()) {
                        e.name = nameForm(surface, p);
                    }
                }
            }
            if (e == null) {
                if (prev != null && m.form() == MentionForm.NAME && isParenthesised(text, prev, m) && assigned.get(prev) != null
                        && assigned.get(prev).type == m.type()) {
                    e = assigned.get(prev); // "Internationalen Strafgerichtshofs (IStGH)"
                } else {
                    String key = m.type() + ":" + stemKey(surface);
                    e = byKey.get(key);
                    if (e == null) {
                        e = new Ent(m.type(), nominative(doc, m, baseName(surface)));
                        e.key = key;
                        ents.add(e);
                        byKey.put(key, e);
                    }
                }
            }
            if (m.form() == MentionForm.NAME) {
                e.aliases.add(surface);
                byKey.putIfAbsent(m.type() + ":" + stemKey(surface), e);
            }
            assigned.put(m, e);
            prev = m;
        }

        // 4. role nouns and appositions before person names
        List<int[]> words = words(text);
        for (Map.Entry<EntityMention, Ent> en : assigned.entrySet()) {
            EntityMention m = en.getKey();
            if (m.type() != EntityType.PER || m.form() != MentionForm.NAME) continue;
            readRolesBefore(text, words, m, en.getValue(), assigned, mentions, sentences);
        }

        List<EntityMention> out = new ArrayList<>();
        for (Map.Entry<EntityMention, Ent> en : assigned.entrySet()) out.add(en.getKey().withEntity(idOf(en.getValue())));
        for (EntityMention m : mentions) if (!assigned.containsKey(m)) out.add(m);

        // 5. nominal mentions ("der Kremlchef") and 6. pronouns
        List<EntityMention> added = new ArrayList<>();
        addNominals(text, words, sentences, mentions, assigned, ents, added);
        addPronouns(text, words, sentences, assigned, added);
        out.addAll(added);
        out.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));

        Map<String, EntityRecord> index = new LinkedHashMap<>();
        for (EntityMention m : out) {
            if (m.entity() == null || index.containsKey(m.entity())) continue;
            for (Ent e : ents) if (m.entity().equals(idOf(e))) index.put(e.id, record(e, wikidataOf(e)));
        }
        return doc.withResolution(out, index);
    }

    /**
     * The recogniser marks a part mention over its whole word, as GermEval does ("CDU-Außenpolitiker");
     * the entity it links to is named by the element before the first hyphen ("CDU"), so the resolved
     * mention covers that element.
     */
    private static EntityMention nameElement(EntityMention m) {
        if (m.form() != MentionForm.PART) return m;
        int dash = m.text().indexOf('-');
        if (dash <= 0 || !Character.isLetterOrDigit(m.text().charAt(0))) return m;
        return new EntityMention(m.begin(), m.begin() + dash, m.text().substring(0, dash), m.type(), m.form(), m.entity());
    }

    /** Dateline places ("Washington/Kiew/Moskau (dpa)") the recogniser did not mark become LOC mentions. */
    private static void addDatelinePlaces(AnalyzedArticle doc, List<EntityMention> mentions) {
        var span = doc.article().dateline().span();
        if (span == null) return;
        String text = doc.text();
        int from = span.begin();
        for (String place : doc.article().dateline().places()) {
            int at = text.indexOf(place, from);
            if (at < 0 || at + place.length() > span.end()) continue;
            from = at + place.length();
            boolean covered = false;
            for (EntityMention m : mentions) covered |= m.begin() < at + place.length() && at < m.end();
            if (!covered) mentions.add(new EntityMention(at, at + place.length(), place, EntityType.LOC, MentionForm.NAME, null));
        }
        mentions.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));
    }

    private Place placeOf(String surface, MentionForm form, Set<String> ctxCountries, Set<Long> ctxRegions) {
        if (form == MentionForm.DERIV || form == MentionForm.PART) {
            String iso = gazetteer.countryOfAdjective(surface);
            if (iso == null && form == MentionForm.DERIV && !surface.isEmpty() && Character.isUpperCase(surface.charAt(0))) iso = gazetteer.countryOfNational(surface);
            if (iso != null) return gazetteer.country(iso);
            String s = surface.endsWith("-") ? surface.substring(0, surface.length() - 1) : surface;
            int dash = s.indexOf('-');
            if (dash > 0) s = s.substring(0, dash);
            return gazetteer.resolve(s, ctxCountries, ctxRegions);
        }
        return gazetteer.resolve(surface, ctxCountries, ctxRegions);
    }

    /** The nominative form of a place name in the text ("Ungarns" -> "Ungarn"). */
    private String nameForm(String surface, Place p) {
        String s = surface;
        for (String article : new String[] {"der ", "die ", "das ", "den ", "dem ", "des "}) if (s.startsWith(article)) s = s.substring(4);
        if (s.endsWith("s") && !gazetteer.candidates(s.substring(0, s.length() - 1)).isEmpty()
                && gazetteer.candidates(s.substring(0, s.length() - 1)).contains(p)) return s.substring(0, s.length() - 1);
        return s;
    }

    private static List<Ent> surnameMatches(List<Ent> ents, String w) {
        String k = NameKey.key(w);
        List<Ent> out = new ArrayList<>();
        for (Ent e : ents) if (e.type == EntityType.PER && e.name.contains(" ") && NameKey.key(e.surname()).equals(k)) out.add(e);
        return out;
    }

    private static Ent nearest(List<Ent> cands, EntityMention m, Map<EntityMention, Ent> assigned) {
        Ent best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Map.Entry<EntityMention, Ent> en : assigned.entrySet()) {
            if (!cands.contains(en.getValue())) continue;
            int d = en.getKey().begin() <= m.begin() ? m.begin() - en.getKey().end() : 2 * (en.getKey().begin() - m.end());
            if (d < bestDist) {
                bestDist = d;
                best = en.getValue();
            }
        }
        return best == null ? cands.get(0) : best;
    }

    private static boolean isParenthesised(String text, EntityMention before, EntityMention m) {
        if (before.end() > m.begin()) return false;
        String between = text.substring(before.end(), m.begin()).strip();
        return between.equals("(") && m.end() < text.length() && text.charAt(m.end()) == ')';
    }

    private static String clean(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String stripGenitive(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** Key of a multi-word name without German case endings (Internationalen Strafgerichtshofs). */
    static String stemKey(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : NameKey.fold(s).split(" ")) {
            if (w.isEmpty() || DETERMINERS.contains(w)) continue;
            String x = w;
            for (String end : new String[] {"en", "er", "em", "es", "e", "s", "n"}) {
                if (x.length() > end.length() + 3 && x.endsWith(end)) {
                    x = x.substring(0, x.length() - end.length());
                    break;
                }
            }
            if (b.length() > 0) b.append(' ');
            b.append(NameKey.key(x));
        }
        return b.toString();
    }

    /** A nominative-looking name for an organisation ("des Internationalen Strafgerichtshofs" -> as is, minus article). */
    private static String baseName(String s) {
        String[] w = s.split(" ");
        if (w.length > 1 && DETERMINERS.contains(w[0].toLowerCase(Locale.ROOT))) return s.substring(w[0].length() + 1);
        return s;
    }

    /**
     * The nominative singular of a name the text gives in the genitive or dative ("des Internationalen
     * Strafgerichtshofs" -> "Internationaler Strafgerichtshof", "der Europäischen Union" -> "Europäische
     * Union"), from the lemmas and gender morphology gives; any other name as it is.
     */
    private static String nominative(AnalyzedArticle doc, EntityMention m, String name) {
        List<Token> tokens = doc.tokensIn(m);
        if (tokens.size() < 2) return name;
        Token head = tokens.get(tokens.size() - 1);
        Morphology hm = head.morphology();
        if (head.pos() == null || !head.pos().equals("NN") || head.lemma() == null || !"SIN".equals(hm.number())
                || !("GEN".equals(hm.grammaticalCase()) || "DAT".equals(hm.grammaticalCase())) || hm.gender() == null) return name;
        String ending = switch (hm.gender()) { case "MAS" -> "er"; case "FEM" -> "e"; default -> "es"; };
        StringBuilder b = new StringBuilder();
        for (Token t : tokens.subList(0, tokens.size() - 1)) {
            String w = doc.text(t);
            if (t.pos() == null || !t.pos().startsWith("ADJA") || t.lemma() == null || !w.endsWith("en")) return name;
            String lemma = t.lemma();
            String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
            b.append(Character.toUpperCase(stem.charAt(0))).append(stem.substring(1)).append(ending).append(' ');
        }
        return b.append(head.lemma()).toString();
    }

    static String slug(String name) {
        return NameKey.fold(name).replace(' ', '-');
    }

    private static String idOf(Ent e) {
        if (e.id == null) e.id = e.type.name().toLowerCase(Locale.ROOT) + ":" + slug(e.name);
        return e.id;
    }

    /** The one knowledge-base item whose names and kind fit the entity, or null. */
    private String wikidataOf(Ent e) {
        if (kb == null) return null;
        java.util.Set<org.newsgraph.kb.KbEntity> fits = new java.util.LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(e.name);
        if (e.type != EntityType.PER || e.name.contains(" ")) names.addAll(e.aliases);
        for (String n : names) {
            for (org.newsgraph.kb.KbEntity k : kb.find(n)) {
                boolean human = k.isHuman();
                if (e.type == EntityType.PER ? human : !human) {
                    if (e.type == EntityType.LOC && e.place != null && !Double.isNaN(k.lat())
                            && (Math.abs(k.lat() - e.place.lat()) > 1.5 || Math.abs(k.lon() - e.place.lon()) > 1.5)) continue;
                    fits.add(k);
                }
            }
            if (!fits.isEmpty()) break;
        }
        return fits.size() == 1 ? fits.iterator().next().id() : null;
    }

    private static EntityRecord record(Ent e, String wikidata) {
        List<String> aliases = new ArrayList<>();
        for (String a : e.aliases) if (!a.equals(e.name)) aliases.add(a);
        Attributes attrs = new Attributes(new ArrayList<>(e.roleNames), new ArrayList<>(e.parties), e.gender);
        return new EntityRecord(idOf(e), e.name, e.type, aliases, attrs, wikidata, e.place == null ? null : e.place.geo());
    }

    /** Word spans {begin, end} of the text. */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    private static int wordAt(List<int[]> words, int offset) {
        int lo = 0, hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid)[0] < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private RoleLexicon.Role role(String word) {
        return roles.read(word, gazetteer::countryOfAdjective);
    }

    /** "Der ungarische Außenminister Peter Szijjarto", "der Präsidenten Donald Trump und Wladimir Putin". */
    private void readRolesBefore(String text, List<int[]> words, EntityMention m, Ent e, Map<EntityMention, Ent> assigned,
                                 List<EntityMention> mentions, Sentences sentences) {
        int i = wordAt(words, m.begin()) - 1;
        // "Donald Trump und Wladimir Putin": a plural role before the first name covers both
        if (i >= 0 && words.get(i)[1] <= m.begin() && text.substring(words.get(i)[0], words.get(i)[1]).equals("und")) {
            for (EntityMention o : mentions) {
                if (o.end() <= words.get(i)[0] && o.begin() < m.begin() && text.substring(o.end(), words.get(i)[0]).isBlank() && o.type() == EntityType.PER
                        && assigned.get(o) != null) {
                    int j = wordAt(words, o.begin()) - 1;
                    if (j >= 0) {
                        String w = text.substring(words.get(j)[0], words.get(j)[1]);
                        RoleLexicon.Role r = role(w);
                        if (r != null && w.endsWith("en") && j > 0
                                && text.substring(words.get(j - 1)[0], words.get(j - 1)[1]).equals("der")) {
                            addRole(e, r, null);
                        }
                    }
                }
            }
            return;
        }
        if (i < 0 || words.get(i)[1] > m.begin() || sentences.index(words.get(i)[0]) != sentences.index(m.begin())) return;
        if (!text.substring(words.get(i)[1], m.begin()).isBlank()) return;
        String w = text.substring(words.get(i)[0], words.get(i)[1]);
        RoleLexicon.Role r = role(w);
        if (r == null) return;
        String adjCountry = null, adj = null;
        if (i > 0 && text.substring(words.get(i - 1)[1], words.get(i)[0]).isBlank()) {
            String a = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
            if (Character.isLowerCase(a.charAt(0))) {
                adjCountry = gazetteer.countryOfAdjective(a);
                if (adjCountry != null) adj = a;
            }
        }
        addRole(e, r, adj == null ? null : strongAdjective(adj, r));
        if (adjCountry != null && e.country == null) e.country = adjCountry;
        // "Der CDU-Außenpolitiker", "die AfD-Co-Vorsitzende": the determiner tells the gender
        int d = adj == null ? i - 1 : i - 2;
        if (e.gender == null && d >= 0) {
            String det = text.substring(words.get(d)[0], words.get(d)[1]).toLowerCase(Locale.ROOT);
            // nominalised adjectives ("die Vorsitzende", "des Abgeordneten") do not tell the gender by their ending;
            // weak nouns ("des Präsidenten") do
            boolean adjectival = (w.endsWith("e") || w.endsWith("en")) && r.office().endsWith("er") && !w.startsWith(r.office());
            if (!w.endsWith("in") && !adjectival && Set.of("der", "dem", "des", "den", "sein", "seinem", "seines", "seinen").contains(det)) {
                e.gender = "m";
            } else if (w.endsWith("e") && Set.of("die", "ihre").contains(det)) {
                e.gender = "f";
            }
        }
    }

    /** "ungarische" + Außenminister -> "ungarischer"; + Präsidentin -> "ungarische". */
    private static String strongAdjective(String adj, RoleLexicon.Role r) {
        String stem = adj;
        for (String end : new String[] {"en", "em", "er", "es", "e"}) {
            if (stem.endsWith(end)) {
                stem = stem.substring(0, stem.length() - end.length());
                break;
            }
        }
        return stem + ("f".equals(r.gender()) ? "e" : "er");
    }

    private static void addRole(Ent e, RoleLexicon.Role r, String adjective) {
        String base = r.base();
        if (base.endsWith("en") && !r.relational() && "Präsidenten".equals(base)) base = base.substring(0, base.length() - 2);
        e.roleNames.add(adjective == null ? base : adjective + " " + base);
        if (!r.relational()) e.offices.add(r.office());
        if (r.party() != null) e.parties.add(r.party());
        if (r.country() != null && e.country == null) e.country = r.country();
        if (r.gender() != null && e.gender == null) e.gender = r.gender();
    }

    /** Determiner (+ country adjective) + role noun not followed by a name, resolved to a person of the article. */
    private void addNominals(String text, List<int[]> words, Sentences sentences, List<EntityMention> mentions,
                             Map<EntityMention, Ent> assigned, List<Ent> ents, List<EntityMention> added) {
        Set<Integer> nameStarts = new HashSet<>();
        for (EntityMention m : mentions) nameStarts.add(m.begin());
        for (int i = 1; i < words.size(); i++) {
            String det = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]).toLowerCase(Locale.ROOT);
            int first = i - 1;
            String adjCountry = null;
            int nounIdx = i;
            String w = text.substring(words.get(i)[0], words.get(i)[1]);
            if (!DETERMINERS.contains(det) || det.startsWith("ein")) continue;
            if (Character.isLowerCase(w.charAt(0)) && i + 1 < words.size()) {
                adjCountry = gazetteer.countryOfAdjective(w);
                if (adjCountry == null) continue;
                nounIdx = i + 1;
                w = text.substring(words.get(nounIdx)[0], words.get(nounIdx)[1]);
            }
            RoleLexicon.Role r = role(w);
            if (r == null || r.relational()) continue;
            // "Treffen der Außenminister", "Gipfeltreffen der Staatschefs": "der" + masculine noun after a noun is a genitive plural
            if (det.equals("der") && !"f".equals(r.gender()) && first > 0 && isNounBefore(text, words, first)) continue;
            int end = words.get(nounIdx)[1];
            // an apposition before a name is an attribute, not a mention of its own
            if (nounIdx + 1 < words.size() && (nameStarts.contains(words.get(nounIdx + 1)[0])
                    || Character.isUpperCase(text.charAt(words.get(nounIdx + 1)[0])) && text.substring(end, words.get(nounIdx + 1)[0]).isBlank()
                    && !isSentenceStartWord(text, words.get(nounIdx + 1)[0]))) continue;
            if (inside(mentions, words.get(first)[0], end)) continue;
            String country = adjCountry != null ? adjCountry : r.country();
            Ent best = null;
            double bestScore = 0.5;
            int sentence = sentences.index(words.get(first)[0]);
            for (Ent e : ents) {
                if (e.type != EntityType.PER) continue;
                int last = lastMentionBefore(assigned, added, e, words.get(first)[0]);
                if (last < 0) continue;
                double score = 1 + Math.log(1 + countBefore(assigned, e, words.get(first)[0]));
                if (country != null && country.equals(e.country)) score += 3;
                if (country != null && e.country != null && !country.equals(e.country)) score -= 6;
                if (e.offices.contains(r.office())) score += 3;
                else if (!e.offices.isEmpty() && !r.office().equals("Politiker")) score -= 1;
                if (sentences.index(last) == sentence) score -= 4; // "Trump ... mit dem Kremlchef": someone else
                score -= 0.3 * Math.max(0, sentence - sentences.index(last));
                if (e.gender != null && r.gender() != null && !e.gender.equals(r.gender())) score -= 6;
                if (score > bestScore) {
                    bestScore = score;
                    best = e;
                }
            }
            if (best == null) continue;
            int begin = words.get(first)[0];
            added.add(new EntityMention(begin, end, text.substring(begin, end), EntityType.PER, MentionForm.NOMINAL, idOf(best)));
            best.roleNames.add(r.base());
            i = nounIdx;
        }
    }

    /** Whether the word before word {@code i} is a capitalised word in the same clause (a noun the phrase depends on). */
    private static boolean isNounBefore(String text, List<int[]> words, int i) {
        int[] prev = words.get(i - 1);
        if (!text.substring(prev[1], words.get(i)[0]).isBlank()) return false;
        String p = text.substring(prev[0], prev[1]);
        if (!Character.isUpperCase(p.charAt(0))) return false;
        // a capitalised word that opens its sentence may be a determiner or adverb ("Dazu der Kanzler ...")
        int before = prev[0] - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
        return before >= 0 && ".!?:\n".indexOf(text.charAt(before)) < 0 && !DETERMINERS.contains(p.toLowerCase(Locale.ROOT));
    }

    private static boolean isSentenceStartWord(String text, int at) {
        return false;
    }

    private static boolean inside(List<EntityMention> mentions, int begin, int end) {
        for (EntityMention m : mentions) if (m.begin() < end && begin < m.end() && m.form() == MentionForm.NAME) return true;
        return false;
    }

    private static int lastMentionBefore(Map<EntityMention, Ent> assigned, List<EntityMention> added, Ent e, int offset) {
        int last = -1;
        for (Map.Entry<EntityMention, Ent> en : assigned.entrySet()) {
            if (en.getValue() == e && en.getKey().end() <= offset) last = Math.max(last, en.getKey().begin());
        }
        String id = idOf(e);
        for (EntityMention m : added) if (id.equals(m.entity()) && m.end() <= offset) last = Math.max(last, m.begin());
        return last;
    }

    private static int countBefore(Map<EntityMention, Ent> assigned, Ent e, int offset) {
        int n = 0;
        for (Map.Entry<EntityMention, Ent> en : assigned.entrySet()) if (en.getValue() == e && en.getKey().end() <= offset) n++;
        return n;
    }

    /**
     * Third-person pronouns outside quotations: agreement in gender (and number for "sie"),
     * recency, salience and subject preference.
     */
    private void addPronouns(String text, List<int[]> words, Sentences sentences, Map<EntityMention, Ent> assigned,
                             List<EntityMention> added) {
        boolean[] quoted = quotedRegions(text);
        // candidate antecedent mentions: persons (names and nominals), in text order
        List<Object[]> antecedents = new ArrayList<>(); // {begin, Ent, isSubjectLike}
        Map<String, Ent> byId = new HashMap<>();
        for (Map.Entry<EntityMention, Ent> en : assigned.entrySet()) {
            if (en.getValue().type != EntityType.PER) continue;
            antecedents.add(new Object[] {en.getKey().begin(), en.getValue()});
            byId.put(idOf(en.getValue()), en.getValue());
        }
        for (EntityMention m : added) if (byId.containsKey(m.entity())) antecedents.add(new Object[] {m.begin(), byId.get(m.entity())});
        antecedents.sort(Comparator.comparingInt(a -> (Integer) a[0]));
        List<EntityMention> pronouns = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int b = words.get(i)[0], en = words.get(i)[1];
            String w = text.substring(b, en);
            String lw = w.toLowerCase(Locale.ROOT);
            String gender = PRONOUN_GENDER.get(lw);
            if (gender == null || quoted[b]) continue;
            if (!w.equals(lw) && !startsSentence(text, b)) continue; // "Sie" mid-sentence: the formal address
            if (lw.equals("sie") && pluralContext(text, words, i)) continue;
            if (lw.startsWith("ihr") && !lw.equals("ihr") && pluralPossessive(antecedents, sentences, b)) continue;
            int sentence = sentences.index(b);
            Ent best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            Map<Ent, Double> scores = new HashMap<>();
            for (Object[] a : antecedents) {
                int at = (Integer) a[0];
                if (at >= b) break;
                Ent e = (Ent) a[1];
                int dist = sentence - sentences.index(at);
                if (dist > 3) continue;
                if (gender.equals("m") && "f".equals(e.gender)) continue;
                if (gender.equals("f") && !"f".equals(e.gender)) continue;
                double s = 3 - dist;
                if (sentences.isFirstPersonIn(at, antecedents)) s += 0.5; // subject preference, roughly
                if (dist == 0) s += 0.5;
                s += 0.001 * at / Math.max(1, text.length()); // most recent wins ties
                scores.merge(e, s, Math::max);
            }
            for (Map.Entry<Ent, Double> sc : scores.entrySet()) {
                double s = sc.getValue() + 0.2 * Math.log(1 + sc.getKey().count);
                if (s > bestScore) {
                    bestScore = s;
                    best = sc.getKey();
                }
            }
            if (best == null) continue;
            pronouns.add(new EntityMention(b, en, w, EntityType.PER, MentionForm.PRONOUN, idOf(best)));
        }
        added.addAll(pronouns);
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i < 0 || ".!?:«»\"\n".indexOf(text.charAt(i)) >= 0 || text.charAt(at - 1) == '\n';
    }

    /** "sie könnten", "dass sie ... vorstoßen könnten": a plural verb next to "sie". */
    private static boolean pluralContext(String text, List<int[]> words, int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= words.size()) continue;
            String w = text.substring(words.get(j)[0], words.get(j)[1]);
            if (Character.isLowerCase(w.charAt(0)) && (w.endsWith("en") || w.equals("sind") || w.equals("seien"))
                    && !w.equals("sagten") ) return true;
            if (Character.isLowerCase(w.charAt(0)) && (w.endsWith("te") || w.endsWith("t") || w.equals("ist") || w.equals("sei"))) return false;
        }
        // clause-final verb: look for the next verb-like word before punctuation
        int end = text.length();
        for (int j = i + 1; j < words.size() && j < i + 12; j++) {
            int gapStart = words.get(j - 1)[1];
            String gap = text.substring(gapStart, words.get(j)[0]);
            if (gap.contains(",") || gap.contains(".")) {
                String w = text.substring(words.get(j - 1)[0], words.get(j - 1)[1]);
                return Character.isLowerCase(w.charAt(0)) && (w.endsWith("en") || w.equals("sind"));
            }
        }
        return false;
    }

    private static boolean pluralPossessive(List<Object[]> antecedents, Sentences sentences, int at) {
        for (Object[] a : antecedents) {
            if ((Integer) a[0] < at && sentences.index((Integer) a[0]) >= sentences.index(at) - 1 && "f".equals(((Ent) a[1]).gender)) {
                return false;
            }
        }
        return true;
    }

    /** Characters inside «...» or „...“ quotations. */
    static boolean[] quotedRegions(String text) {
        boolean[] q = new boolean[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '„' || c == '“' && depth == 0) depth++;
            q[i] = depth > 0;
            if ((c == '»' || c == '“' && depth > 0) && depth > 0) depth--;
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') depth = 0;
        }
        return q;
    }
}
