package org.newsgraph.de.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityRecord;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.MentionForm;
import org.newsgraph.model.PlaceMention;
import org.newsgraph.pipeline.Stage;

/**
 * Lists every place mention (LOC names, including the dateline places the resolution stage
 * added) with the coordinates, country and GeoNames id of its resolved entity.
 */
public final class PlaceStage implements Stage {
    @Override
    public String name() {
        return "de.places.v1";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.RESOLUTION);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.PLACES);
    }

    @Override
    public AnalyzedArticle process(AnalyzedArticle doc) {
        List<PlaceMention> out = new ArrayList<>();
        for (EntityMention m : doc.entities()) {
            if (m.type() != EntityType.LOC || m.form() != MentionForm.NAME) continue;
            EntityRecord r = m.entity() == null ? null : doc.entityIndex().get(m.entity());
            out.add(new PlaceMention(m.begin(), m.end(), m.entity(), r == null ? null : r.geo()));
        }
        return doc.withPlaces(out);
    }
}
