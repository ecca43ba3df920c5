package org.newsgraph.index;

import java.time.LocalDate;
import org.newsgraph.model.EntityType;

/**
 * What to look for in the archive. Every field may be null (no restriction). {@code text} uses
 * Lucene's query syntax (AND is the default operator); {@code speaker} and {@code entity} take an
 * entity id or a name in any usual spelling; {@code from}/{@code to} match the days an article talks
 * about as well as its publication date. {@code place} is the entity id of a place of the article (its
 * places layer), as the {@code place} facet gives it.
 */
public record SearchQuery(String text, String speaker, String entity, EntityType type, LocalDate from, LocalDate to,
                          Circle near, Box box, String agency, String country, String month, String place) {
    /** A circle on the map: centre and radius in kilometres. */
    public record Circle(double lat, double lon, double km) {
        public Circle {
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) throw new BadQueryException("near: coordinates out of range");
            if (!(km > 0) || km > 20_000) throw new BadQueryException("near: radius must be between 0 and 20000 km");
        }
    }

    /** A bounding box (may cross the date line when minLon > maxLon). */
    public record Box(double minLat, double minLon, double maxLat, double maxLon) {
        public Box {
            if (minLat < -90 || maxLat > 90 || minLat > maxLat || minLon < -180 || maxLon > 180 || minLon > 180 || maxLon < -180) {
                throw new BadQueryException("bbox: expected minLat,minLon,maxLat,maxLon within range");
            }
        }
    }

    public SearchQuery {
        if (from != null && to != null && from.isAfter(to)) throw new BadQueryException("from is after to");
    }

    /** Without a place filter (the form callers used before {@code place} existed). */
    public SearchQuery(String text, String speaker, String entity, EntityType type, LocalDate from, LocalDate to,
                       Circle near, Box box, String agency, String country, String month) {
        this(text, speaker, entity, type, from, to, near, box, agency, country, month, null);
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, null, null, null, null);
    }

    public SearchQuery withPlace(String p) {
        return new SearchQuery(text, speaker, entity, type, from, to, near, box, agency, country, month, p);
    }

    public SearchQuery withSpeaker(String s) {
        return new SearchQuery(text, s, entity, type, from, to, near, box, agency, country, month, place);
    }

    public SearchQuery withEntity(String e) {
        return new SearchQuery(text, speaker, e, type, from, to, near, box, agency, country, month, place);
    }

    public SearchQuery withType(EntityType t) {
        return new SearchQuery(text, speaker, entity, t, from, to, near, box, agency, country, month, place);
    }

    public SearchQuery withDates(LocalDate f, LocalDate t) {
        return new SearchQuery(text, speaker, entity, type, f, t, near, box, agency, country, month, place);
    }

    public SearchQuery withNear(Circle c) {
        return new SearchQuery(text, speaker, entity, type, from, to, c, box, agency, country, month, place);
    }

    public SearchQuery withBox(Box b) {
        return new SearchQuery(text, speaker, entity, type, from, to, near, b, agency, country, month, place);
    }
}
