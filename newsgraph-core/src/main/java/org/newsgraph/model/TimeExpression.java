package org.newsgraph.model;

/**
 * A time expression with its TIMEX3 value normalised against the article date
 * ("am Donnerstag" in a report of 2025-10-21 is 2025-10-23).
 *
 * @param mod TIMEX3 modifier (START, MID, END, APPROX, ...) or null
 */
public record TimeExpression(int begin, int end, String text, TimeType type, String value, String mod)
        implements HasSpan {
    public TimeExpression {
        new Span(begin, end);
        if (type == null) throw new IllegalArgumentException("time expression without type");
    }
}
