package org.newsgraph.model;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code units in an article's text.
 * Validated on creation, as Lucene's OffsetAttribute refuses bad offsets.
 */
public record Span(int begin, int end) implements HasSpan, Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(HasSpan other) {
        return begin < other.end() && other.begin() < end;
    }

    public boolean contains(HasSpan other) {
        return begin <= other.begin() && other.end() <= end;
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
