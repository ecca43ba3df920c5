package org.newsgraph.model;

import java.util.Locale;

/** Whether a statement was spoken, written or thought. */
public enum Medium {
    SPEECH, WRITING, THOUGHT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Medium fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
