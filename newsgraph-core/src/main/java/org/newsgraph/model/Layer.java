package org.newsgraph.model;

/** The annotation layers of an analysed article; stages declare which they need and add. */
public enum Layer {
    SENTENCES, TOKENS, MORPHOLOGY, ENTITIES, RESOLUTION, QUOTES, TIMES, PLACES, EVENTS
}
