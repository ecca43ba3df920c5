package org.newsgraph.model;

import java.util.List;

/**
 * A reported statement.
 *
 * @param parts     the statement's own words; for direct quotes the quoted words with their quotation
 *                  marks, without the attribution between them
 * @param cue       the words that introduce it ("sagte", "kündigte ... an")
 * @param speaker   the mention the text attributes it to, or null
 * @param addressee to whom it was said, or null
 * @param outlet    entity id of the outlet it appeared in ("Handelsblatt"), or null
 */
public record Quote(List<Span> parts, QuoteType type, List<Span> cue, Mention speaker,
                    Mention addressee, String outlet, Medium medium) {
    public Quote {
        parts = List.copyOf(parts);
        cue = cue == null ? List.of() : List.copyOf(cue);
        if (parts.isEmpty()) throw new IllegalArgumentException("quote without parts");
        if (type == null) throw new IllegalArgumentException("quote without type");
        if (medium == null) medium = Medium.SPEECH;
    }
}
