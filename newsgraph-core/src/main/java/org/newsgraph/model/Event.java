package org.newsgraph.model;

import java.util.List;

/**
 * Something that happened: a trigger word, its kind, and the entities, time and place involved.
 * No stage fills events yet; the record fixes their shape in the contract.
 */
public record Event(int begin, int end, String kind, List<String> participants, String time, String place)
        implements HasSpan {
    public Event {
        new Span(begin, end);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
