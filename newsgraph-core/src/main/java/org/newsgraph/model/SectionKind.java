package org.newsgraph.model;

/** Structural role of a block of text. */
public enum SectionKind {
    TITLE, SUBHEADING, PARAGRAPH;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SectionKind fromJson(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
