package org.newsgraph.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The typed answers of {@link ArticleIndex}. */
public final class Results {
    private Results() {
    }

    /** One article found; {@code snippet} is HTML-escaped text with {@code <mark>} around matches. */
    public record Hit(String id, String title, String date, String source, String agency, String snippet) {
    }

    /** A facet value: {@code value} is what to filter by, {@code label} what to show. */
    public record FacetValue(String value, String label, long count) {
    }

    public record DayCount(String date, long count) {
    }

    /** {@code next} is the offset of the next page, or null on the last page. */
    public record Search(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, List<DayCount> histogram,
                         Integer next) {
    }

    public record EntityHit(String id, String name, String type, List<String> aliases, long mentions, long articles) {
    }

    public record Entities(List<EntityHit> hits, Integer next) {
    }

    /** A quote in the API's shape (articleId, articleTitle, date, text, type, speaker, speakerText, outlet, cue). */
    public record Quotes(long total, List<JsonNode> hits, Integer next) {
    }

    public record Place(String entity, String name, double lat, double lon, String country, long count) {
    }

    public record Cooccurring(String id, String name, String type, long count) {
    }

    /** An entity across the archive: its record as last seen, and what the archive says about it. */
    public record EntityDetail(JsonNode record, long mentions, long articles, List<DayCount> mentionsPerDay,
                               List<JsonNode> quotesBy, List<JsonNode> quotesAbout, List<Cooccurring> cooccurring) {
    }

    /** What happened to one article on ingest. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }
}
