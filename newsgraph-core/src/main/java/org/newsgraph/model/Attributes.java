package org.newsgraph.model;

import java.util.List;

/** What the text says about an entity: roles ("US-Außenminister"), party, gender. */
public record Attributes(List<String> role, List<String> party, String gender) {
    public static final Attributes NONE = new Attributes(List.of(), List.of(), null);

    public Attributes {
        role = role == null ? List.of() : List.copyOf(role);
        party = party == null ? List.of() : List.copyOf(party);
    }

    public boolean isEmpty() {
        return role.isEmpty() && party.isEmpty() && gender == null;
    }
}
