package org.newsgraph.model;

/** A place mention placed on the map. */
public record PlaceMention(int begin, int end, String entity, Geo geo) implements HasSpan {
    public PlaceMention {
        new Span(begin, end);
    }
}
