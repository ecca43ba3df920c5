package org.newsgraph.de.resolve;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityRecord;
import org.newsgraph.model.HasSpan;
import org.newsgraph.model.Layer;

/**
 * What a pronoun, nominal or name at a position refers to, for later stages (quotes: "sagte er").
 * Reads the resolution layer; {@code Antecedents.of(doc).resolve(tokenIndex)}.
 */
public final class Antecedents {
    private final AnalyzedArticle doc;
    private final List<EntityMention> mentions;

    private Antecedents(AnalyzedArticle doc) {
        if (!doc.has(Layer.RESOLUTION)) throw new IllegalStateException("article " + doc.article().id() + " has no resolution layer");
        this.doc = doc;
        this.mentions = doc.entities();
    }

    public static Antecedents of(AnalyzedArticle doc) {
        return new Antecedents(doc);
    }

    /** The entity the token at {@code tokenIndex} refers to (pronoun, nominal or name), if resolved. */
    public Optional<EntityRecord> resolve(int tokenIndex) {
        return resolveSpan(doc.tokens().get(tokenIndex));
    }

    /** The entity of the resolved mention covering the given span. */
    public Optional<EntityRecord> resolveSpan(HasSpan span) {
        for (EntityMention m : mentions) {
            if (m.entity() != null && m.begin() <= span.begin() && span.end() <= m.end()) {
                return Optional.ofNullable(doc.entityIndex().get(m.entity()));
            }
        }
        return Optional.empty();
    }

    /** The entity of the resolved mention at a character offset. */
    public Optional<EntityRecord> resolveOffset(int offset) {
        for (EntityMention m : mentions) {
            if (m.entity() != null && m.begin() <= offset && offset < m.end()) return Optional.ofNullable(doc.entityIndex().get(m.entity()));
        }
        return Optional.empty();
    }
}
