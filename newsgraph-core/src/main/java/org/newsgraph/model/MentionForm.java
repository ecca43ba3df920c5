package org.newsgraph.model;

import java.util.Locale;

/**
 * How a mention refers: a name ("Putin"), a derived adjective ("russische"), a name as part of a
 * word ("US-Außenminister"), a nominal ("der Kremlchef") or a pronoun ("er").
 */
public enum MentionForm {
    NAME, DERIV, PART, NOMINAL, PRONOUN;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MentionForm fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
