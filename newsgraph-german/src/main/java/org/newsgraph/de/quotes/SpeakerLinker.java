package org.newsgraph.de.quotes;

import java.util.List;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionForm;

/**
 * Gives speaker, addressee and outlet spans the canonical entity of the resolved mention inside
 * them: "sagte er" gets the entity the resolution stage gave "er"; "Der CDU-Außenpolitiker Roderich
 * Kiesewetter" the person, not the party; "dem «Handelsblatt»" the ORG. Without a resolution layer
 * mentions stay unlinked.
 */
final class SpeakerLinker {
    private final List<EntityMention> mentions;

    SpeakerLinker(AnalyzedArticle doc) {
        this.mentions = doc.has(Layer.RESOLUTION) ? doc.entities() : List.of();
    }

    Mention mention(int[] span) {
        if (span == null) return null;
        EntityMention m = best(span[0], span[1], false);
        return new Mention(span[0], span[1], m == null ? null : m.entity());
    }

    /** The entity id of the organisation named in the span, or null. */
    String outlet(int[] span) {
        if (span == null) return null;
        EntityMention m = best(span[0], span[1], true);
        return m == null ? null : m.entity();
    }

    private EntityMention best(int begin, int end, boolean orgOnly) {
        EntityMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (EntityMention m : mentions) {
            if (m.entity() == null || m.end() <= begin || m.begin() >= end) continue;
            if (orgOnly && m.type() != EntityType.ORG) continue;
            int rank = rank(m);
            if (rank <= bestRank) { best = m; bestRank = rank; } // the last of the best kind: the head of "CDU-Politiker X"
        }
        return best;
    }

    private static int rank(EntityMention m) {
        int r = switch (m.type()) {
            case PER -> 0;
            case ORG -> 1;
            case LOC -> 2;
            default -> 3;
        };
        if (m.form() == MentionForm.DERIV || m.form() == MentionForm.PART) r += 10;
        return r;
    }
}
