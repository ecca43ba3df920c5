package org.newsgraph.model;

/**
 * A mention of an entity in the text.
 *
 * @param entity id of the canonical entity in the article's entity index, or null if unresolved
 */
public record EntityMention(int begin, int end, String text, EntityType type, MentionForm form,
                            String entity) implements HasSpan {
    public EntityMention {
        new Span(begin, end);
        if (type == null || form == null) throw new IllegalArgumentException("mention needs type and form");
    }

    public EntityMention withEntity(String id) {
        return new EntityMention(begin, end, text, type, form, id);
    }
}
