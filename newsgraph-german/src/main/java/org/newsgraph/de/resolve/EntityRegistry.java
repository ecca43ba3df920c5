package org.newsgraph.de.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityRecord;
import org.newsgraph.model.EntityType;
import org.newsgraph.names.NameKey;

/**
 * Canonical entities across articles. Ids are stable: derived from type and the phonetic name key
 * of the fullest name ({@link NameKey}), or the GeoNames/Wikidata id, never from article order, so
 * "Selenskyj", "Zelensky" and "Selenskyjs" in three articles meet in {@code per:wolodymyr-selenskyj}.
 * A surname-only entity joins the one full-name person with that surname; when several people
 * share the surname it stays on its own. Not thread-safe: one registry per job.
 */
public final class EntityRegistry {
    /** A canonical entity with its variants and mention count. */
    public static final class Entry {
        private final EntityType type;
        private String name;
        private final Set<String> variants = new LinkedHashSet<>();
        private final Set<String> articleIds = new LinkedHashSet<>();
        private final Map<String, Integer> names = new HashMap<>();
        private String wikidata;
        private String placeId;
        private int mentions;

        /** Fullest, then most frequent, then alphabetically first name: independent of article order. */
        void settleName() {
            for (Map.Entry<String, Integer> n : names.entrySet()) {
                int w = n.getKey().split(" ").length, bw = name.split(" ").length;
                int c = n.getValue(), bc = names.getOrDefault(name, 0);
                if (w > bw || w == bw && (c > bc || c == bc && n.getKey().compareTo(name) < 0)) name = n.getKey();
            }
        }

        Entry(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }

        public EntityType type() { return type; }
        public String name() { return name; }
        public Set<String> variants() { return variants; }
        public int mentions() { return mentions; }
        public int articles() { return articleIds.size(); }
        public String wikidata() { return wikidata; }
    }

    private final Map<String, Entry> byKey = new HashMap<>();       // type + full key
    private final Map<String, Set<String>> surnames = new HashMap<>(); // type + surname key -> full keys
    private final List<String[]> singles = new ArrayList<>();        // surname-only keys to settle later

    /** Adds the resolved entities of one article. */
    public void add(AnalyzedArticle doc) {
        Map<String, Integer> counts = new HashMap<>();
        for (EntityMention m : doc.entities()) if (m.entity() != null) counts.merge(m.entity(), 1, Integer::sum);
        for (EntityRecord r : doc.entityIndex().values()) {
            String key = keyOf(r);
            Entry e = byKey.computeIfAbsent(key, k -> new Entry(r.type(), r.name()));
            e.names.merge(r.name(), 1, Integer::sum);
            e.settleName();
            e.variants.add(r.name());
            e.variants.addAll(r.aliases());
            e.articleIds.add(doc.article().id());
            e.mentions += counts.getOrDefault(r.id(), 0);
            if (r.wikidata() != null) e.wikidata = r.wikidata();
            if (key.startsWith("gn:")) e.placeId = r.id(); // loc:<geonames name>-<geonames id>, already stable
            if (r.type() == EntityType.PER) {
                String[] w = NameKey.key(r.name()).split(" ");
                surnames.computeIfAbsent(w[w.length - 1], k -> new LinkedHashSet<>()).add(key);
            }
        }
    }

    private static String keyOf(EntityRecord r) {
        if (r.wikidata() != null) return "wd:" + r.wikidata();
        if (r.geo() != null && r.geo().geonames() != 0) return "gn:" + r.geo().geonames();
        return r.type() + ":" + (r.type() == EntityType.PER ? NameKey.key(r.name()) : ResolutionStage.stemKey(r.name()));
    }

    /** The canonical entities, surname-only persons folded into their unique full-name person, by id. */
    public Map<String, Entry> entities() {
        Map<String, Entry> merged = new HashMap<>(byKey);
        for (Map.Entry<String, Entry> en : byKey.entrySet()) {
            Entry e = en.getValue();
            if (e.type != EntityType.PER || e.name.contains(" ")) continue;
            String k = NameKey.key(e.name);
            Set<String> full = new LinkedHashSet<>();
            for (String fk : surnames.getOrDefault(k, Set.of())) if (!fk.equals(en.getKey()) && byKey.get(fk).name.contains(" ")) full.add(fk);
            if (full.size() != 1) continue; // unknown or shared surname: stays on its own
            Entry target = merged.get(full.iterator().next());
            target.variants.addAll(e.variants);
            target.articleIds.addAll(e.articleIds);
            target.mentions += e.mentions;
            e.names.forEach((n, c) -> target.names.merge(n, c, Integer::sum));
            target.settleName();
            merged.remove(en.getKey());
        }
        Map<String, Entry> out = new TreeMap<>();
        for (Entry e : merged.values()) out.put(idOf(e), e);
        return out;
    }

    /** The stable id of a canonical entity. */
    public static String idOf(Entry e) {
        if (e.placeId != null) return e.placeId;
        return e.type.name().toLowerCase(java.util.Locale.ROOT) + ":" + ResolutionStage.slug(e.name);
    }

    /** Looks a name up in the registry, whatever its spelling (Zelensky finds Selenskyj). */
    public List<Entry> find(String name) {
        String k = NameKey.key(name);
        List<Entry> out = new ArrayList<>();
        for (Entry e : entities().values()) {
            for (String v : e.variants) {
                String vk = NameKey.key(v);
                if (vk.equals(k) || vk.endsWith(" " + k)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    public Collection<Entry> all() {
        return entities().values();
    }
}
