package org.newsgraph.de.time;

import java.time.LocalDate;

/**
 * What a time expression is resolved against: the article date (null for narratives without one),
 * the last date the text mentioned before the expression (initially the article date) and the
 * tense of its clause.
 */
record TimeContext(LocalDate documentDate, Anchor anchor, Tense tense) {
    /** Reference for expressions that point from "now" (gestern, am Montag, vergangene Woche). */
    Anchor deictic() {
        return documentDate != null ? Anchor.of(documentDate) : anchor;
    }

    /** Reference for expressions that point from a time in the text (zwei Tage später, am selben Tag). */
    Anchor anaphoric() {
        return anchor != null ? anchor : documentDate != null ? Anchor.of(documentDate) : null;
    }
}
