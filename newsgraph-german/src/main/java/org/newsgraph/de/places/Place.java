package org.newsgraph.de.places;

import org.newsgraph.model.Geo;

/**
 * A gazetteer entry. {@code kind}: COUNTRY, REGION (first-level division), CITY or CONTINENT.
 * Coordinates of countries and regions are those of their capital or largest city.
 */
public record Place(long geonames, String name, Kind kind, double lat, double lon, String country, long population) {
    public enum Kind { COUNTRY, REGION, CITY, CONTINENT }

    public Geo geo() {
        return new Geo(lat, lon, country, geonames);
    }
}
