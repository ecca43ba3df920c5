package org.newsgraph.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityRecord;
import org.newsgraph.model.Geo;
import org.newsgraph.model.MentionForm;
import org.newsgraph.model.PlaceMention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;
import org.newsgraph.index.names.NameKey;

/**
 * Turns an analysed article into its block of Lucene documents: one article document, one document
 * per quote and one per entity it mentions. All carry the article id, so the block is replaced or
 * deleted as one ({@code IndexWriter.updateDocuments}).
 */
final class ArticleDocuments {
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s\\-‐–/.,'’()]+");
    /** Body text: stored, with offsets in the postings so snippets need no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final NameKey nameKey;
    private final FacetsConfig facets;

    ArticleDocuments(NameKey nameKey, FacetsConfig facets) {
        this.nameKey = nameKey;
        this.facets = facets;
    }

    /** The content hash: changes whenever the stored record would. */
    static String hash(String json) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keys of every word of the given names, for variant-insensitive name matching. */
    Set<String> keys(Iterable<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) continue;
            for (String w : WORD_SPLIT.split(name)) {
                if (w.isEmpty()) continue;
                String k = nameKey.key(w);
                if (!k.isEmpty()) out.add(k);
            }
        }
        return out;
    }

    List<Document> build(AnalyzedArticle doc, String json, String hash) {
        Article a = doc.article();
        Map<String, EntityRecord> entities = entitiesOf(doc);
        List<Document> block = new ArrayList<>();
        block.add(articleDocument(doc, json, hash, entities));
        for (int i = 0; i < doc.quotes().size(); i++) block.add(quoteDocument(doc, doc.quotes().get(i), entities));
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (EntityMention m : doc.entities()) {
            String id = entityId(m);
            if (id != null) mentions.merge(id, 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            EntityRecord r = entities.get(e.getKey());
            if (r != null) block.add(entityDocument(a, r, e.getValue(), doc));
        }
        List<Document> built = new ArrayList<>(block.size());
        try {
            for (Document d : block) built.add(facets.build(d));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return built;
    }

    /**
     * The article's canonical entities; mentions by name that the resolution stage left without an
     * id (or articles analysed without it) get an id of their own from type and name key, so that
     * they are still searchable and countable.
     */
    Map<String, EntityRecord> entitiesOf(AnalyzedArticle doc) {
        Map<String, EntityRecord> out = new LinkedHashMap<>(doc.entityIndex());
        for (EntityMention m : doc.entities()) {
            if (m.entity() != null || m.form() != MentionForm.NAME) continue;
            String id = entityId(m);
            if (id != null && !out.containsKey(id)) {
                out.put(id, new EntityRecord(id, m.text(), m.type(), List.of(), null, null, null));
            }
        }
        return out;
    }

    /** The entity id of a mention: its resolved id, else one derived from a name mention. */
    String entityId(EntityMention m) {
        if (m.entity() != null) return m.entity();
        if (m.form() != MentionForm.NAME || m.text() == null) return null;
        String key = String.join("-", keys(List.of(m.text())));
        return key.isEmpty() ? null : m.type().name().toLowerCase(Locale.ROOT) + ":" + key;
    }

    private Document articleDocument(AnalyzedArticle doc, String json, String hash, Map<String, EntityRecord> entities) {
        Article a = doc.article();
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
        d.add(new StringField(Fields.AID, a.id(), Field.Store.YES));
        d.add(new StringField(Fields.HASH, hash, Field.Store.YES));
        if (a.title() != null) d.add(new TextField(Fields.TITLE, a.title(), Field.Store.YES));
        d.add(new Field(Fields.TEXT, a.text(), TEXT_WITH_OFFSETS));
        if (a.source() != null) d.add(new StoredField(Fields.SOURCE, a.source()));
        d.add(new StoredField(Fields.JSON, new BytesRef(json.getBytes(StandardCharsets.UTF_8))));
        if (a.date() != null) {
            long day = a.date().toEpochDay();
            date(d, day);
            d.add(new LongRange(Fields.TIME_RANGE, new long[] {day}, new long[] {day}));
            String month = a.date().toString().substring(0, 7);
            d.add(new StringField(Fields.MONTH, month, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.F_MONTH, month));
            d.add(new SortedSetDocValuesFacetField(Fields.F_DAY, a.date().toString()));
        }
        for (TimeExpression t : doc.times()) {
            if (t.type() != TimeType.DATE && t.type() != TimeType.TIME) continue;
            TimeRanges.DayRange r = TimeRanges.parse(t.value());
            if (r != null) d.add(new LongRange(Fields.TIME_RANGE, new long[] {r.from()}, new long[] {r.to()}));
        }
        String agency = a.dateline().agency();
        if (agency != null && !agency.isBlank()) {
            d.add(new StringField(Fields.AGENCY, agency, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(Fields.F_AGENCY, clean(agency)));
        }
        Set<String> seen = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (EntityMention m : doc.entities()) {
            String id = entityId(m);
            EntityRecord r = id == null ? null : entities.get(id);
            if (r == null || !seen.add(id)) continue;
            d.add(new StringField(Fields.ENTITY_ID, id, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.F_ENTITY, id + Fields.SEP + clean(r.name()) + Fields.SEP + r.type()));
            types.add(r.type().name());
        }
        for (String t : types) {
            d.add(new StringField(Fields.ENTITY_TYPE, t, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.F_TYPE, t));
        }
        Set<String> speakers = new LinkedHashSet<>();
        Set<String> speakerKeys = new LinkedHashSet<>();
        for (Quote q : doc.quotes()) {
            Speaker s = speaker(doc, q, entities);
            if (s == null) continue;
            speakerKeys.addAll(s.keys);
            if (s.id != null && speakers.add(s.id)) {
                d.add(new StringField(Fields.SPEAKER_ID, s.id, Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(Fields.F_SPEAKER, s.id + Fields.SEP + clean(s.name)));
            }
        }
        for (String k : speakerKeys) d.add(new StringField(Fields.SPEAKER_KEY, k, Field.Store.NO));
        Set<String> places = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (PlaceMention p : doc.places()) {
            if (p.geo() == null) continue;
            EntityRecord r = p.entity() == null ? null : entities.get(p.entity());
            String id = p.entity() != null ? p.entity() : "geo:" + doc.text(p).strip();
            String name = r != null ? r.name() : doc.text(p).strip();
            addPlace(d, id, name, p.geo(), places, countries);
        }
        for (EntityRecord r : entities.values()) {
            if (r.geo() != null && seen.contains(r.id())) addPlace(d, r.id(), r.name(), r.geo(), places, countries);
        }
        return d;
    }

    private static void addPlace(Document d, String id, String name, Geo g, Set<String> places, Set<String> countries) {
        if (!places.add(id)) return;
        if (g.lat() < -90 || g.lat() > 90 || g.lon() < -180 || g.lon() > 180) return;
        d.add(new LatLonPoint(Fields.GEO, g.lat(), g.lon()));
        d.add(new StringField(Fields.PLACE_ID, id, Field.Store.NO));
        String cc = g.country() == null ? "" : g.country().toUpperCase(Locale.ROOT);
        d.add(new SortedSetDocValuesFacetField(Fields.F_PLACE,
                id + Fields.SEP + clean(name) + Fields.SEP + g.lat() + Fields.SEP + g.lon() + Fields.SEP + cc));
        if (!cc.isEmpty() && countries.add(cc)) {
            d.add(new StringField(Fields.COUNTRY, cc, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.F_COUNTRY, cc));
        }
    }

    private record Speaker(String id, String name, String text, Set<String> keys) {
    }

    /** Who a quote is attributed to: the speaker mention's entity, else a resolved mention at the same place. */
    private Speaker speaker(AnalyzedArticle doc, Quote q, Map<String, EntityRecord> entities) {
        if (q.speaker() == null) return null;
        String text = doc.text(q.speaker());
        String id = q.speaker().entity();
        if (id == null) {
            for (EntityMention m : doc.entities()) {
                if (m.begin() < q.speaker().end() && q.speaker().begin() < m.end()) {
                    id = entityId(m);
                    if (id != null) break;
                }
            }
        }
        EntityRecord r = id == null ? null : entities.get(id);
        List<String> names = new ArrayList<>();
        if (r != null) {
            names.add(r.name());
            names.addAll(r.aliases());
        } else {
            names.add(text);
        }
        return new Speaker(r == null ? null : id, r == null ? null : r.name(), text, keys(names));
    }

    /** The quoted words without the quotation marks that enclose a direct quote's part (the UI and search show the words). */
    static String withoutQuotationMarks(String part) {
        String marks = "«»„“”\"‚‘’›‹";
        int n = part.length();
        if (n >= 2 && marks.indexOf(part.charAt(0)) >= 0 && marks.indexOf(part.charAt(n - 1)) >= 0) return part.substring(1, n - 1).strip();
        return part;
    }

    private Document quoteDocument(AnalyzedArticle doc, Quote q, Map<String, EntityRecord> entities) {
        Article a = doc.article();
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.QUOTE, Field.Store.NO));
        d.add(new StringField(Fields.AID, a.id(), Field.Store.NO));
        StringBuilder text = new StringBuilder();
        for (Span p : q.parts()) {
            if (text.length() > 0) text.append(" … ");
            text.append(withoutQuotationMarks(doc.text(p).strip()));
        }
        d.add(new TextField(Fields.QUOTE_TEXT, text.toString(), Field.Store.NO));
        d.add(new StringField(Fields.QUOTE_TYPE, q.type().jsonName(), Field.Store.NO));
        if (a.date() != null) date(d, a.date().toEpochDay());
        Speaker s = speaker(doc, q, entities);
        if (s != null) {
            if (s.id != null) d.add(new StringField(Fields.SPEAKER_ID, s.id, Field.Store.NO));
            for (String k : s.keys) d.add(new StringField(Fields.SPEAKER_KEY, k, Field.Store.NO));
        }
        EntityRecord outlet = q.outlet() == null ? null : entities.get(q.outlet());
        if (q.outlet() != null) {
            d.add(new StringField(Fields.QUOTE_OUTLET, q.outlet(), Field.Store.NO));
            List<String> names = new ArrayList<>();
            if (outlet != null) {
                names.add(outlet.name());
                names.addAll(outlet.aliases());
            }
            for (String k : keys(names)) d.add(new StringField(Fields.QUOTE_OUTLET_KEY, k, Field.Store.NO));
        }
        Set<String> about = new LinkedHashSet<>();
        for (EntityMention m : doc.entities()) {
            String id = entityId(m);
            if (id == null || (s != null && id.equals(s.id))) continue;
            for (Span p : q.parts()) {
                if (p.begin() <= m.begin() && m.end() <= p.end()) about.add(id);
            }
        }
        for (String id : about) d.add(new StringField(Fields.QUOTE_ABOUT, id, Field.Store.NO));

        ObjectNode j = ArticleJson.MAPPER.createObjectNode();
        j.put("articleId", a.id());
        j.put("articleTitle", a.title());
        j.put("date", a.date() == null ? null : a.date().toString());
        j.put("text", text.toString());
        j.put("type", q.type().jsonName());
        if (s != null && s.id != null) {
            j.putObject("speaker").put("id", s.id).put("name", s.name);
        } else {
            j.putNull("speaker");
        }
        j.put("speakerText", s == null ? null : s.text);
        if (q.outlet() != null) {
            j.putObject("outlet").put("id", q.outlet()).put("name", outlet == null ? q.outlet() : outlet.name());
        } else {
            j.putNull("outlet");
        }
        StringBuilder cue = new StringBuilder();
        for (Span c : q.cue()) {
            if (cue.length() > 0) cue.append(' ');
            cue.append(doc.text(c));
        }
        j.put("cue", cue.length() == 0 ? null : cue.toString());
        j.put("medium", q.medium().jsonName());
        d.add(new StoredField(Fields.QUOTE_JSON, j.toString()));
        return d;
    }

    private Document entityDocument(Article a, EntityRecord r, int mentions, AnalyzedArticle doc) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.ENTITY, Field.Store.NO));
        d.add(new StringField(Fields.AID, a.id(), Field.Store.NO));
        d.add(new StringField(Fields.EID, r.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.EID, new BytesRef(r.id())));
        d.add(new StringField(Fields.ENTITY_TYPE, r.type().name(), Field.Store.NO));
        List<String> names = new ArrayList<>();
        names.add(r.name());
        names.addAll(r.aliases());
        for (EntityMention m : doc.entities()) {
            if (m.form() == MentionForm.NAME && r.id().equals(entityId(m))) names.add(m.text());
        }
        for (String k : keys(names)) d.add(new StringField(Fields.NAME_KEY, k, Field.Store.NO));
        d.add(new NumericDocValuesField(Fields.MENTIONS, mentions));
        if (a.date() != null) date(d, a.date().toEpochDay());
        ObjectNode j = ArticleJson.MAPPER.createObjectNode();
        j.put("id", r.id());
        j.put("name", r.name());
        j.put("type", r.type().name());
        ArrayNode aliases = j.putArray("aliases");
        r.aliases().forEach(aliases::add);
        ObjectNode at = j.putObject("attributes");
        if (!r.attributes().role().isEmpty()) r.attributes().role().forEach(at.putArray("role")::add);
        if (!r.attributes().party().isEmpty()) r.attributes().party().forEach(at.putArray("party")::add);
        if (r.attributes().gender() != null) at.put("gender", r.attributes().gender());
        if (r.wikidata() != null) j.put("wikidata", r.wikidata());
        if (r.geo() != null) {
            ObjectNode g = j.putObject("geo");
            g.put("lat", r.geo().lat()).put("lon", r.geo().lon()).put("country", r.geo().country());
        }
        d.add(new StoredField(Fields.ENTITY_JSON, j.toString()));
        return d;
    }

    private static void date(Document d, long day) {
        d.add(new LongPoint(Fields.DATE, day));
        d.add(new NumericDocValuesField(Fields.DATE, day));
        d.add(new StoredField(Fields.DATE, day));
    }

    /** A label safe to put in a facet value. */
    static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('\u001f', ' ').replace('\u001e', ' ');
    }
}
