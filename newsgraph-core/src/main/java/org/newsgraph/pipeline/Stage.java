package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Layer;

/**
 * One step of the analysis: a pure function from an article to the same article with one more layer.
 * Implementations are stateless after construction and thread-safe; shared resources (models,
 * dictionaries) are loaded once and passed to their constructor.
 */
public interface Stage {
    /** A short versioned name, e.g. {@code de.tokenizer.v1}. */
    String name();

    /** Layers this stage reads; the pipeline checks they are produced earlier. */
    Set<Layer> requires();

    /** Layers this stage adds. */
    Set<Layer> assigns();

    AnalyzedArticle process(AnalyzedArticle doc);
}
