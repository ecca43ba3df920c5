package org.newsgraph.de.time;

import org.newsgraph.model.TimeType;

/**
 * A recognised time expression before normalisation. {@code dayPart} (MO, AF, EV, NI ...) marks a
 * bare part of the day ("am Abend") that can combine with a following date.
 */
record Candidate(int begin, int end, TimeType type, Resolver resolver, int priority, String dayPart) {
    /** Computes the TIMEX3 value in a context. */
    interface Resolver {
        Resolution resolve(TimeContext c);
    }

    /** A value and modifier; {@code type}, when not null, replaces the candidate's type ("in drei Tagen" in a past clause is a duration). */
    record Resolution(String value, String mod, TimeType type) {
        Resolution(String value, String mod) {
            this(value, mod, null);
        }
    }

    int length() {
        return end - begin;
    }
}
