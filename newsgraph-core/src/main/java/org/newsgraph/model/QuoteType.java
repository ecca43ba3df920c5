package org.newsgraph.model;

import java.util.Locale;

/** How a statement is reported. */
public enum QuoteType {
    DIRECT, INDIRECT, FREE_INDIRECT, REPORTED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteType fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
