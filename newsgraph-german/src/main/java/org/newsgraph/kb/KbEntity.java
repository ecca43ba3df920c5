package org.newsgraph.kb;

import java.util.List;

/**
 * What the local knowledge base keeps of a Wikidata item: labels and aliases (de, en), instance-of,
 * country, coordinates (NaN if none), positions held and party.
 */
public record KbEntity(String id, String labelDe, String labelEn, List<String> aliases, List<String> instanceOf,
                       List<String> country, double lat, double lon, List<String> positions, List<String> party) {
    public KbEntity {
        aliases = List.copyOf(aliases);
        instanceOf = List.copyOf(instanceOf);
        country = List.copyOf(country);
        positions = List.copyOf(positions);
        party = List.copyOf(party);
    }

    /** Q5: human. */
    public boolean isHuman() {
        return instanceOf.contains("Q5");
    }

    public String label() {
        return labelDe != null ? labelDe : labelEn != null ? labelEn : id;
    }
}
