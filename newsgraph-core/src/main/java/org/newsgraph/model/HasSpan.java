package org.newsgraph.model;

/** Anything that covers a range of the article text. */
public interface HasSpan {
    int begin();

    int end();

    default String textIn(String text) {
        return text.substring(begin(), end());
    }

    default Span span() {
        return new Span(begin(), end());
    }

    /** Throws unless this span lies inside a text of the given length. */
    static void checkInside(HasSpan s, int textLength) {
        if (s.begin() < 0 || s.end() < s.begin() || s.end() > textLength) {
            throw new IllegalArgumentException("span [" + s.begin() + ", " + s.end() + ") outside text of length " + textLength);
        }
    }
}
