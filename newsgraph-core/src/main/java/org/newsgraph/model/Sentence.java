package org.newsgraph.model;

/** A sentence of the text. */
public record Sentence(int begin, int end) implements HasSpan {
    public Sentence {
        new Span(begin, end);
    }
}
