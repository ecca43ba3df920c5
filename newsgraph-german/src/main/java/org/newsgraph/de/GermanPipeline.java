package org.newsgraph.de;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;

/**
 * The German analysis pipeline: segmentation, morphology, entities, mention resolution, quotes,
 * times, places. Resources load once, lazily, and are shared by all threads.
 */
public final class GermanPipeline {
    private GermanPipeline() {
    }

    /** The shared default pipeline (built on first use). */
    public static Pipeline get() {
        return Holder.PIPELINE;
    }

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.of(defaultStages());
    }

    static List<Stage> defaultStages() {
        List<Stage> stages = new ArrayList<>();
        // stages are added here in data-flow order
        stages.add(new org.newsgraph.de.segment.SegmentationStage());
        stages.add(new org.newsgraph.de.morph.MorphologyStage());
        stages.add(new org.newsgraph.de.ner.NerStage());
        // mention resolution and places need the NER layer; until a recogniser is registered above they stay out
        if (stages.stream().anyMatch(s -> s.assigns().contains(org.newsgraph.model.Layer.ENTITIES))) {
            stages.add(org.newsgraph.de.resolve.ResolutionStage.configured());
            stages.add(new org.newsgraph.de.places.PlaceStage());
        }
        // quotes need only tokens and morphology; they link speakers to entities when resolution ran
        stages.add(new org.newsgraph.de.quotes.QuoteStage());
        stages.add(new org.newsgraph.de.time.TimeStage());
        return stages;
    }
}
