package org.newsgraph.de.time;

/** The temporal orientation of the clause around a time expression, as far as its verbs tell. */
public enum Tense {
    PAST, PRESENT, FUTURE
}
