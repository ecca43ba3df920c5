package org.newsgraph.model;

import java.util.List;

/** A canonical entity: what all mentions with its id refer to. */
public record EntityRecord(String id, String name, EntityType type, List<String> aliases,
                           Attributes attributes, String wikidata, Geo geo) {
    public EntityRecord {
        if (id == null || name == null || type == null) throw new IllegalArgumentException("entity needs id, name, type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (attributes == null) attributes = Attributes.NONE;
    }
}
