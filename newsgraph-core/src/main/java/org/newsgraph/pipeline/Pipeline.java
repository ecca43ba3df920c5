package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Layer;

/**
 * A sequence of stages, checked when built: every stage's requirements are assigned by an earlier one.
 * Thread-safe: {@link #analyze} may be called from many threads at once.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public static Pipeline of(List<Stage> stages) {
        Set<Layer> have = EnumSet.noneOf(Layer.class);
        for (Stage s : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(s.requires());
            missing.removeAll(have);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage " + s.name() + " requires " + missing + " which no earlier stage assigns");
            }
            have.addAll(s.assigns());
        }
        return new Pipeline(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    public AnalyzedArticle analyze(Article article) {
        AnalyzedArticle doc = AnalyzedArticle.of(article);
        for (Stage s : stages) {
            doc = s.process(doc);
        }
        return doc;
    }

    /** The pipeline up to and including the stage that assigns {@code last}. */
    public Pipeline upTo(Layer last) {
        List<Stage> out = new ArrayList<>();
        for (Stage s : stages) {
            out.add(s);
            if (s.assigns().contains(last)) return new Pipeline(out);
        }
        throw new IllegalArgumentException("no stage assigns " + last);
    }
}
