package org.newsgraph.model;

import java.util.List;

/**
 * The dateline of an agency report, e.g. {@code Washington/Kiew/Moskau (dpa) - }: the places it
 * names and the agency. The span covers the dateline in the text, or is null when the dateline was
 * not part of the text (e.g. given as metadata).
 */
public record Dateline(List<String> places, String agency, Span span) {
    public static final Dateline NONE = new Dateline(List.of(), null, null);

    public Dateline {
        places = List.copyOf(places);
    }

    public boolean isEmpty() {
        return places.isEmpty() && agency == null;
    }
}
