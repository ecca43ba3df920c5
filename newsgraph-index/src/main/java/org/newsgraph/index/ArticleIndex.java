package org.newsgraph.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.RangeFieldQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.QuoteType;
import org.newsgraph.index.analysis.GermanTextAnalyzer;
import org.newsgraph.index.names.NameKey;
import org.newsgraph.index.names.TransliterationKey;

/**
 * An embedded Lucene archive of analysed articles: articles, their quotes and their entities,
 * searchable by text, speaker, entity, place and the days they talk about.
 *
 * <p>Ingest is idempotent (an article id is stored once; a changed article replaces the old block
 * atomically) and crash-safe: nothing is durable before {@link #commit()} returns, and everything
 * that was committed survives a kill -9. Thread-safe: searches run concurrently with ingest.
 */
public final class ArticleIndex implements Closeable {
    public static final int MAX_LIMIT = 100;
    /** Deepest result a page may start at. */
    public static final int MAX_OFFSET = 10_000;
    private static final String FACET_FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    private static final List<String> SEARCH_FACETS = List.of(Fields.F_ENTITY, Fields.F_TYPE, Fields.F_SPEAKER,
            Fields.F_PLACE, Fields.F_COUNTRY, Fields.F_AGENCY, Fields.F_MONTH);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = Fields.facetsConfig();
    private final ArticleDocuments documents;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer = GermanTextAnalyzer.forQueries();
    private final Map<String, String> pendingHashes = new HashMap<>();

    /** A searcher with the facet state of its reader. */
    private static final class Snapshot extends IndexSearcher {
        final SortedSetDocValuesReaderState facetState;

        Snapshot(IndexReader reader, FacetsConfig config) throws IOException {
            super(reader);
            SortedSetDocValuesReaderState s = null;
            try {
                s = new DefaultSortedSetDocValuesReaderState(reader, FACET_FIELD, config);
            } catch (IllegalArgumentException e) {
                // no facet values indexed yet
            }
            facetState = s;
        }
    }

    private ArticleIndex(Directory directory, boolean writable, NameKey nameKey) throws IOException {
        this.directory = directory;
        this.documents = new ArticleDocuments(nameKey, facetsConfig);
        Analyzer text = GermanTextAnalyzer.forIndexing();
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
                Map.of(Fields.TITLE, text, Fields.TEXT, text, Fields.QUOTE_TEXT, text));
        SearcherFactory factory = new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new Snapshot(reader, facetsConfig);
            }
        };
        if (writable) {
            IndexWriterConfig c = new IndexWriterConfig(indexAnalyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED))
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, c);
            // make an empty index visible on disk at once, so readers never find "no index"
            writer.commit();
            this.searchers = new SearcherManager(writer, factory);
        } else {
            this.writer = null;
            this.searchers = new SearcherManager(directory, factory);
        }
    }

    /** Opens (or creates) the index in {@code dir} for reading and writing, with the default name keys. */
    public static ArticleIndex open(Path dir) throws IOException {
        return open(dir, new TransliterationKey());
    }

    public static ArticleIndex open(Path dir, NameKey nameKey) throws IOException {
        Files.createDirectories(dir);
        FSDirectory d = FSDirectory.open(dir);
        try {
            return new ArticleIndex(d, true, nameKey);
        } catch (LockObtainFailedException e) {
            d.close();
            throw new IOException("index " + dir + " is in use by another process (is `newsgraph serve` running on it?)", e);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** Opens an existing index for searching only (works while another process writes to it). */
    public static ArticleIndex openReadOnly(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("no index in " + dir + " (run `newsgraph ingest` first)");
        FSDirectory d = FSDirectory.open(dir);
        try {
            return new ArticleIndex(d, false, new TransliterationKey());
        } catch (IndexNotFoundException e) {
            d.close();
            throw new IOException("no index in " + dir + " (run `newsgraph ingest` first)", e);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** A throw-away index in memory (tests, demos). */
    public static ArticleIndex inMemory(NameKey nameKey) throws IOException {
        return new ArticleIndex(new ByteBuffersDirectory(), true, nameKey);
    }

    // ---- ingest ----------------------------------------------------------------------------

    /**
     * Adds an article, replacing an older version with the same id; an identical record is left as
     * it is. Not durable until {@link #commit()}.
     */
    public Results.Outcome add(AnalyzedArticle doc) throws IOException {
        if (writer == null) throw new IllegalStateException("index opened read-only");
        String json = ArticleJson.toJson(doc, false);
        String hash = ArticleDocuments.hash(json);
        String id = doc.article().id();
        var block = documents.build(doc, json, hash);
        synchronized (pendingHashes) {
            String old = pendingHashes.containsKey(id) ? pendingHashes.get(id) : storedHash(id);
            if (hash.equals(old)) return Results.Outcome.UNCHANGED;
            writer.updateDocuments(new Term(Fields.AID, id), block);
            pendingHashes.put(id, hash);
            return old == null ? Results.Outcome.ADDED : Results.Outcome.REPLACED;
        }
    }

    /** Makes everything added so far durable, then visible to searches. */
    public void commit() throws IOException {
        if (writer == null) return;
        synchronized (pendingHashes) {
            writer.commit();
            pendingHashes.clear();
        }
        searchers.maybeRefreshBlocking();
    }

    /** Picks up changes made by another process (read-only mode) or uncommitted ones (writer). */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private String storedHash(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs td = s.search(articleById(id), 1);
            if (td.scoreDocs.length == 0) return null;
            return s.storedFields().document(td.scoreDocs[0].doc, Set.of(Fields.HASH)).get(Fields.HASH);
        } finally {
            searchers.release(s);
        }
    }

    private static Query articleById(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.AID, id)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), Occur.FILTER).build();
    }

    // ---- counts and lookup -----------------------------------------------------------------

    /** Number of articles searchable now. */
    public int articleCount() throws IOException {
        return withSearcher(s -> s.count(kind(Fields.ARTICLE)));
    }

    public int quoteCount() throws IOException {
        return withSearcher(s -> s.count(kind(Fields.QUOTE)));
    }

    /** Ids of all articles, for checks and exports. */
    public List<String> articleIds() throws IOException {
        return withSearcher(s -> {
            List<String> out = new ArrayList<>();
            int n = Math.max(1, s.count(kind(Fields.ARTICLE)));
            for (ScoreDoc sd : s.search(kind(Fields.ARTICLE), n).scoreDocs) {
                out.add(s.storedFields().document(sd.doc, Set.of(Fields.AID)).get(Fields.AID));
            }
            return out;
        });
    }

    /** The full analysed-article record (JSON), or null. */
    public String articleJson(String id) throws IOException {
        return withSearcher(s -> {
            TopDocs td = s.search(articleById(id), 1);
            if (td.scoreDocs.length == 0) return null;
            BytesRef b = s.storedFields().document(td.scoreDocs[0].doc, Set.of(Fields.JSON)).getBinaryValue(Fields.JSON);
            return b == null ? null : new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
        });
    }

    // ---- article search ----------------------------------------------------------------------

    public Results.Search search(SearchQuery q, int limit, int offset) throws IOException {
        checkPage(limit, offset);
        return withSearcher(s -> {
            Query textQuery = parseText(q.text(), new String[] {Fields.TITLE, Fields.TEXT});
            Query query = articleQuery(s, q, textQuery);
            boolean byRelevance = q.text() != null && !q.text().isBlank();
            int n = offset + limit;
            FacetsCollectorManager.FacetsResult r = byRelevance
                    ? FacetsCollectorManager.search(s, query, n, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(s, query, n, newestFirst(), new FacetsCollectorManager());
            long total = 0;
            for (FacetsCollector.MatchingDocs md : r.facetsCollector().getMatchingDocs()) total += md.totalHits;
            ScoreDoc[] all = r.topDocs().scoreDocs;
            int from = Math.min(offset, all.length);
            ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, Math.min(all.length, offset + limit));
            String[] snippets = snippets(s, textQuery, page);
            List<Results.Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Document d = s.storedFields().document(page[i].doc,
                        Set.of(Fields.AID, Fields.TITLE, Fields.DATE, Fields.SOURCE, Fields.AGENCY, Fields.TEXT));
                String snippet = snippets[i] != null ? snippets[i] : escape(lead(d.get(Fields.TEXT)));
                hits.add(new Results.Hit(d.get(Fields.AID), d.get(Fields.TITLE), dateOf(d), d.get(Fields.SOURCE),
                        d.get(Fields.AGENCY), snippet));
            }
            Map<String, List<Results.FacetValue>> facets = new LinkedHashMap<>();
            SortedSetDocValuesFacetCounts counts = counts(s, r.facetsCollector());
            for (String dim : SEARCH_FACETS) facets.put(dim, facetValues(counts, dim, 20));
            List<Results.DayCount> histogram = days(counts);
            Integer next = offset + limit < total && offset + limit <= MAX_OFFSET ? offset + limit : null;
            return new Results.Search(total, hits, facets, histogram, next);
        });
    }

    /** Places of the articles the query finds, with how many articles name each. */
    public List<Results.Place> places(SearchQuery q, int max) throws IOException {
        return withSearcher(s -> {
            Query query = articleQuery(s, q, parseText(q.text(), new String[] {Fields.TITLE, Fields.TEXT}));
            FacetsCollector fc = s.search(query, new FacetsCollectorManager());
            List<Results.Place> out = new ArrayList<>();
            SortedSetDocValuesFacetCounts counts = counts(s, fc);
            if (counts == null) return out;
            FacetResult fr = topChildren(counts, Fields.F_PLACE, max);
            if (fr == null) return out;
            for (LabelAndValue lv : fr.labelValues) {
                String[] p = lv.label.split(String.valueOf(Fields.SEP), -1);
                if (p.length < 5) continue;
                out.add(new Results.Place(p[0], p[1], Double.parseDouble(p[2]), Double.parseDouble(p[3]),
                        p[4].isEmpty() ? null : p[4], lv.value.longValue()));
            }
            return out;
        });
    }

    /** Articles per publication day for a query. */
    public List<Results.DayCount> timeline(SearchQuery q) throws IOException {
        return withSearcher(s -> {
            Query query = articleQuery(s, q, parseText(q.text(), new String[] {Fields.TITLE, Fields.TEXT}));
            return days(counts(s, s.search(query, new FacetsCollectorManager())));
        });
    }

    private Query articleQuery(Snapshot s, SearchQuery q, Query textQuery) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(kind(Fields.ARTICLE), Occur.FILTER);
        if (textQuery != null) b.add(textQuery, Occur.MUST);
        if (q.speaker() != null) b.add(speakerFilter(s, q.speaker()), Occur.FILTER);
        if (q.entity() != null) {
            Set<String> ids = resolveEntity(s, q.entity(), q.type());
            b.add(ids.isEmpty() ? new MatchNoDocsQuery("no such entity") : new TermInSetQuery(Fields.ENTITY_ID, bytes(ids)), Occur.FILTER);
        }
        if (q.type() != null) b.add(new TermQuery(new Term(Fields.ENTITY_TYPE, q.type().name())), Occur.FILTER);
        if (q.from() != null || q.to() != null) b.add(timeFilter(q.from(), q.to()), Occur.FILTER);
        if (q.near() != null) {
            b.add(LatLonPoint.newDistanceQuery(Fields.GEO, q.near().lat(), q.near().lon(), q.near().km() * 1000), Occur.FILTER);
        }
        if (q.box() != null) {
            b.add(LatLonPoint.newBoxQuery(Fields.GEO, q.box().minLat(), q.box().maxLat(), q.box().minLon(), q.box().maxLon()), Occur.FILTER);
        }
        if (q.agency() != null) b.add(new TermQuery(new Term(Fields.AGENCY, q.agency())), Occur.FILTER);
        if (q.country() != null) b.add(new TermQuery(new Term(Fields.COUNTRY, q.country().toUpperCase(Locale.ROOT))), Occur.FILTER);
        if (q.month() != null) b.add(new TermQuery(new Term(Fields.MONTH, q.month())), Occur.FILTER);
        if (q.place() != null) b.add(new TermQuery(new Term(Fields.PLACE_ID, q.place())), Occur.FILTER);
        return b.build();
    }

    /** Articles whose publication date or any day they talk about lies in [from, to]. */
    private static Query timeFilter(LocalDate from, LocalDate to) {
        long f = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long t = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return LongRange.newIntersectsQuery(Fields.TIME_RANGE, new long[] {f}, new long[] {t});
    }

    private Query speakerFilter(Snapshot s, String speaker) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.SPEAKER_ID, speaker)), Occur.SHOULD);
        Query keys = allKeys(Fields.SPEAKER_KEY, speaker);
        if (keys != null) b.add(keys, Occur.SHOULD);
        return b.build();
    }

    /** All words of {@code name} must match (by key) in {@code field}; null if the name has no words. */
    private Query allKeys(String field, String name) {
        Set<String> keys = documents.keys(List.of(name));
        if (keys.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String k : keys) b.add(new TermQuery(new Term(field, k)), Occur.FILTER);
        return b.build();
    }

    /**
     * Like {@link #allKeys}, but the last word may also be the beginning of a name word (for search as
     * you type: "Selen" finds Selenskyj).
     */
    private Query keysWithPrefix(String field, String name) {
        List<String> keys = new ArrayList<>(documents.keys(List.of(name)));
        if (keys.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < keys.size() - 1; i++) b.add(new TermQuery(new Term(field, keys.get(i))), Occur.FILTER);
        String last = keys.get(keys.size() - 1);
        Query exact = new TermQuery(new Term(field, last));
        b.add(last.length() < 3 ? exact : new BooleanQuery.Builder().add(exact, Occur.SHOULD)
                .add(new org.apache.lucene.search.PrefixQuery(new Term(field, last)), Occur.SHOULD).build(), Occur.FILTER);
        return b.build();
    }

    /** The ids an entity id or name refers to: the id itself if known, else the entities whose names match. */
    private Set<String> resolveEntity(Snapshot s, String idOrName, EntityType type) throws IOException {
        if (s.count(new TermQuery(new Term(Fields.EID, idOrName))) > 0) return Set.of(idOrName);
        Query keys = allKeys(Fields.NAME_KEY, idOrName);
        if (keys == null) return Set.of();
        Map<String, EntityAgg> agg = aggregate(s, entityQuery(keys, type));
        Set<String> out = new LinkedHashSet<>();
        agg.values().stream().sorted(EntityAgg.ORDER).limit(50).forEach(a -> out.add(a.id));
        return out;
    }

    private static Query entityQuery(Query keys, EntityType type) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(kind(Fields.ENTITY), Occur.FILTER);
        if (keys != null) b.add(keys, Occur.FILTER);
        if (type != null) b.add(new TermQuery(new Term(Fields.ENTITY_TYPE, type.name())), Occur.FILTER);
        return b.build();
    }

    // ---- entities ----------------------------------------------------------------------------

    /** Entities whose name or aliases match {@code q} in any usual spelling (all entities if q is blank). */
    public Results.Entities entities(String q, EntityType type, int limit, int offset) throws IOException {
        checkPage(limit, offset);
        return withSearcher(s -> {
            Query keys = q == null || q.isBlank() ? null : keysWithPrefix(Fields.NAME_KEY, q);
            if (q != null && !q.isBlank() && keys == null) return new Results.Entities(List.of(), null);
            List<EntityAgg> sorted = aggregate(s, entityQuery(keys, type)).values().stream().sorted(EntityAgg.ORDER).toList();
            List<Results.EntityHit> hits = new ArrayList<>();
            for (EntityAgg a : sorted.subList(Math.min(offset, sorted.size()), Math.min(sorted.size(), offset + limit))) {
                JsonNode r = entityRecord(s, a.bestDoc);
                List<String> aliases = new ArrayList<>();
                r.path("aliases").forEach(x -> aliases.add(x.asText()));
                hits.add(new Results.EntityHit(a.id, r.path("name").asText(), r.path("type").asText(), aliases, a.mentions, a.articles));
            }
            Integer next = offset + limit < sorted.size() && offset + limit <= MAX_OFFSET ? offset + limit : null;
            return new Results.Entities(hits, next);
        });
    }

    /** Everything the archive knows about one entity, or null if no article mentions it. */
    public Results.EntityDetail entity(String id) throws IOException {
        return withSearcher(s -> {
            Query q = new BooleanQuery.Builder().add(kind(Fields.ENTITY), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.EID, id)), Occur.FILTER).build();
            Map<String, EntityAgg> agg = aggregate(s, q);
            EntityAgg a = agg.get(id);
            if (a == null) return null;
            List<Results.DayCount> perDay = new ArrayList<>();
            a.perDay.forEach((day, n) -> perDay.add(new Results.DayCount(LocalDate.ofEpochDay(day).toString(), n)));
            List<JsonNode> by = quoteDocs(s, new TermQuery(new Term(Fields.SPEAKER_ID, id)), 20, 0).hits();
            List<JsonNode> about = quoteDocs(s, new TermQuery(new Term(Fields.QUOTE_ABOUT, id)), 20, 0).hits();
            Query articles = new BooleanQuery.Builder().add(kind(Fields.ARTICLE), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ENTITY_ID, id)), Occur.FILTER).build();
            List<Results.Cooccurring> co = new ArrayList<>();
            SortedSetDocValuesFacetCounts counts = counts(s, s.search(articles, new FacetsCollectorManager()));
            for (Results.FacetValue fv : facetValues(counts, Fields.F_ENTITY, 21)) {
                if (fv.value().equals(id) || co.size() == 20) continue;
                String[] parts = fv.label().split(String.valueOf(Fields.SEP), -1);
                co.add(new Results.Cooccurring(fv.value(), parts[0], parts.length > 1 ? parts[1] : null, fv.count()));
            }
            return new Results.EntityDetail(entityRecord(s, a.bestDoc), a.mentions, a.articles, perDay, by, about, co);
        });
    }

    private static JsonNode entityRecord(IndexSearcher s, int doc) throws IOException {
        return ArticleJson.MAPPER.readTree(s.storedFields().document(doc, Set.of(Fields.ENTITY_JSON)).get(Fields.ENTITY_JSON));
    }

    /** An entity summed over the articles that name it. */
    private static final class EntityAgg {
        static final Comparator<EntityAgg> ORDER = Comparator.comparingLong((EntityAgg a) -> -a.articles)
                .thenComparingLong(a -> -a.mentions).thenComparing(a -> a.id);
        final String id;
        long articles;
        long mentions;
        long bestDay = Long.MIN_VALUE;
        int bestDoc = -1;
        final TreeMap<Long, Long> perDay = new TreeMap<>();

        EntityAgg(String id) {
            this.id = id;
        }
    }

    private static Map<String, EntityAgg> aggregate(IndexSearcher s, Query q) throws IOException {
        Map<String, EntityAgg> out = new HashMap<>();
        s.search(q, new SimpleCollector() {
            SortedDocValues ids;
            NumericDocValues mentions;
            NumericDocValues dates;
            int base;

            @Override
            protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                ids = ctx.reader().getSortedDocValues(Fields.EID);
                mentions = ctx.reader().getNumericDocValues(Fields.MENTIONS);
                dates = ctx.reader().getNumericDocValues(Fields.DATE);
                base = ctx.docBase;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (ids == null || !ids.advanceExact(doc)) return;
                String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                EntityAgg a = out.computeIfAbsent(id, EntityAgg::new);
                long m = mentions != null && mentions.advanceExact(doc) ? mentions.longValue() : 1;
                long day = dates != null && dates.advanceExact(doc) ? dates.longValue() : Long.MIN_VALUE + 1;
                a.articles++;
                a.mentions += m;
                if (day != Long.MIN_VALUE + 1) a.perDay.merge(day, m, Long::sum);
                if (a.bestDoc < 0 || day >= a.bestDay) {
                    a.bestDay = day;
                    a.bestDoc = base + doc;
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return out;
    }

    // ---- quotes ------------------------------------------------------------------------------

    /**
     * Quotes, newest first. {@code speaker} and {@code outlet} take an entity id or a name;
     * {@code type} a quote type (direct, indirect, free_indirect, reported).
     */
    public Results.Quotes quotes(String speaker, String text, String type, String outlet, LocalDate from, LocalDate to,
                                 int limit, int offset) throws IOException {
        checkPage(limit, offset);
        if (from != null && to != null && from.isAfter(to)) throw new BadQueryException("from is after to");
        return withSearcher(s -> {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            Query t = parseText(text, new String[] {Fields.QUOTE_TEXT});
            if (t != null) b.add(t, Occur.MUST);
            if (speaker != null) b.add(speakerFilter(s, speaker), Occur.FILTER);
            if (type != null) {
                try {
                    b.add(new TermQuery(new Term(Fields.QUOTE_TYPE, QuoteType.fromJson(type).jsonName())), Occur.FILTER);
                } catch (IllegalArgumentException e) {
                    throw new BadQueryException("type must be one of direct, indirect, free_indirect, reported");
                }
            }
            if (outlet != null) {
                BooleanQuery.Builder o = new BooleanQuery.Builder();
                o.add(new TermQuery(new Term(Fields.QUOTE_OUTLET, outlet)), Occur.SHOULD);
                Query keys = allKeys(Fields.QUOTE_OUTLET_KEY, outlet);
                if (keys != null) o.add(keys, Occur.SHOULD);
                b.add(o.build(), Occur.FILTER);
            }
            if (from != null || to != null) {
                b.add(LongPoint.newRangeQuery(Fields.DATE, from == null ? Long.MIN_VALUE : from.toEpochDay(),
                        to == null ? Long.MAX_VALUE : to.toEpochDay()), Occur.FILTER);
            }
            BooleanQuery filter = b.build();
            return quoteDocs(s, filter.clauses().isEmpty() ? new MatchAllDocsQuery() : filter, limit, offset);
        });
    }

    private Results.Quotes quoteDocs(IndexSearcher s, Query filter, int limit, int offset) throws IOException {
        Query q = new BooleanQuery.Builder().add(kind(Fields.QUOTE), Occur.FILTER).add(filter, Occur.MUST).build();
        int total = s.count(q);
        TopDocs td = s.search(q, Math.max(1, offset + limit), newestFirst());
        List<JsonNode> hits = new ArrayList<>();
        for (int i = offset; i < td.scoreDocs.length && i < offset + limit; i++) {
            hits.add(ArticleJson.MAPPER.readTree(s.storedFields().document(td.scoreDocs[i].doc, Set.of(Fields.QUOTE_JSON))
                    .get(Fields.QUOTE_JSON)));
        }
        Integer next = offset + limit < total && offset + limit <= MAX_OFFSET ? offset + limit : null;
        return new Results.Quotes(total, hits, next);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private Query parseText(String text, String[] fields) {
        if (text == null || text.isBlank()) return null;
        QueryParser p = fields.length == 1 ? new QueryParser(fields[0], queryAnalyzer)
                : new MultiFieldQueryParser(fields, queryAnalyzer, Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f));
        p.setDefaultOperator(QueryParser.Operator.AND);
        p.setAllowLeadingWildcard(false);
        try {
            return p.parse(text);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("bad query syntax: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unparsable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private String[] snippets(IndexSearcher s, Query textQuery, ScoreDoc[] page) throws IOException {
        if (textQuery == null || page.length == 0) return new String[page.length];
        UnifiedHighlighter h = UnifiedHighlighter.builder(s, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.GERMAN))
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(0)
                .build();
        TopDocs td = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        return h.highlight(Fields.TEXT, textQuery, td, 2);
    }

    private static String lead(String text) {
        if (text == null) return "";
        String t = text.strip();
        if (t.length() <= 240) return t;
        int cut = t.lastIndexOf(' ', 240);
        return t.substring(0, cut > 120 ? cut : 240) + " …";
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String dateOf(Document d) {
        Number n = d.getField(Fields.DATE) == null ? null : d.getField(Fields.DATE).numericValue();
        return n == null ? null : LocalDate.ofEpochDay(n.longValue()).toString();
    }

    private static Sort newestFirst() {
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_DOC);
    }

    private static SortedSetDocValuesFacetCounts counts(Snapshot s, FacetsCollector fc) throws IOException {
        if (s.facetState == null) return null;
        return new SortedSetDocValuesFacetCounts(s.facetState, fc);
    }

    private static FacetResult topChildren(SortedSetDocValuesFacetCounts counts, String dim, int n) throws IOException {
        try {
            return counts.getTopChildren(n, dim);
        } catch (IllegalArgumentException e) {
            return null; // dimension never indexed
        }
    }

    /** Facet values of a dimension; ids and labels are split where the value carries both. */
    private static List<Results.FacetValue> facetValues(SortedSetDocValuesFacetCounts counts, String dim, int n) throws IOException {
        List<Results.FacetValue> out = new ArrayList<>();
        if (counts == null) return out;
        FacetResult fr = topChildren(counts, dim, n);
        if (fr == null) return out;
        Map<String, long[]> merged = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (LabelAndValue lv : fr.labelValues) {
            int tab = lv.label.indexOf(Fields.SEP);
            String value = tab < 0 ? lv.label : lv.label.substring(0, tab);
            String rest = tab < 0 ? lv.label : lv.label.substring(tab + 1);
            if (dim.equals(Fields.F_PLACE)) rest = rest.split(String.valueOf(Fields.SEP), -1)[0];
            merged.computeIfAbsent(value, k -> new long[1])[0] += lv.value.longValue();
            labels.putIfAbsent(value, rest);
        }
        merged.forEach((v, c) -> out.add(new Results.FacetValue(v, labels.get(v), c[0])));
        out.sort(Comparator.comparingLong((Results.FacetValue f) -> -f.count()).thenComparing(Results.FacetValue::value));
        return out;
    }

    private static List<Results.DayCount> days(SortedSetDocValuesFacetCounts counts) throws IOException {
        List<Results.DayCount> out = new ArrayList<>();
        if (counts == null) return out;
        FacetResult fr;
        try {
            fr = counts.getAllChildren(Fields.F_DAY);
        } catch (IllegalArgumentException e) {
            return out;
        }
        if (fr == null) return out;
        for (LabelAndValue lv : fr.labelValues) out.add(new Results.DayCount(lv.label, lv.value.longValue()));
        out.sort(Comparator.comparing(Results.DayCount::date));
        return out;
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(Fields.KIND, kind));
    }

    private static List<BytesRef> bytes(Set<String> values) {
        List<BytesRef> out = new ArrayList<>();
        for (String v : values) out.add(new BytesRef(v));
        return out;
    }

    private static void checkPage(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) throw new BadQueryException("limit must be between 1 and " + MAX_LIMIT);
        if (offset < 0 || offset > MAX_OFFSET) throw new BadQueryException("cannot page beyond " + MAX_OFFSET + " results");
    }

    private interface SearcherFunction<T> {
        T apply(Snapshot s) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> f) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return f.apply((Snapshot) s);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("query expands to too many terms; make it more specific", e);
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) writer.close();
        } finally {
            directory.close();
        }
    }
}
