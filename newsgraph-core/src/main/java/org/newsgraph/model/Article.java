package org.newsgraph.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * A news article as read from a source, before any linguistic analysis.
 *
 * @param id       stable id: the input's own, else derived from the content
 * @param date     publication date, or null when unknown
 * @param source   path or URL it was read from
 * @param title    the headline, or null
 * @param dateline the dateline, {@link Dateline#NONE} if there is none
 * @param text     the body exactly as read (after decoding); every offset points into it
 * @param sections title, subheadings and paragraphs inside {@code text}
 * @param meta     fields of the input this model has no place for (kept, never interpreted); may be null
 * @param notes    remarks about how the input was read (e.g. "decoded as windows-1252")
 */
public record Article(String id, LocalDate date, String source, String title, Dateline dateline,
                      String text, List<Section> sections, ObjectNode meta, List<String> notes) {
    public Article {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is missing");
        if (text == null) throw new IllegalArgumentException("article text is null");
        if (dateline == null) dateline = Dateline.NONE;
        sections = List.copyOf(sections);
        notes = notes == null ? List.of() : List.copyOf(notes);
        for (Section s : sections) HasSpan.checkInside(s, text.length());
        if (dateline.span() != null) HasSpan.checkInside(dateline.span(), text.length());
    }

    public Article withDate(LocalDate newDate) {
        return new Article(id, newDate, source, title, dateline, text, sections, meta, notes);
    }
}
