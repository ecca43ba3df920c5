package org.newsgraph.model;

/** A span of text that refers to an entity (a speaker or addressee); {@code entity} may be null. */
public record Mention(int begin, int end, String entity) implements HasSpan {
    public Mention {
        new Span(begin, end);
    }
}
