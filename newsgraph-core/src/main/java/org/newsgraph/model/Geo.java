package org.newsgraph.model;

/** A point on the map with its ISO 3166-1 alpha-2 country and GeoNames id (0 if none). */
public record Geo(double lat, double lon, String country, long geonames) {
}
