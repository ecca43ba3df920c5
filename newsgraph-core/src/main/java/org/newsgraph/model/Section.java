package org.newsgraph.model;

/** A title, subheading or paragraph of the article text. */
public record Section(SectionKind kind, int begin, int end) implements HasSpan {
    public Section {
        if (kind == null) throw new IllegalArgumentException("section kind is null");
        new Span(begin, end);
    }
}
