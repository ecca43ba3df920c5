package org.newsgraph.de.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Stage;

/**
 * Named entities (PER, LOC, ORG, OTH as names, derived adjectives and parts of words, the 12
 * GermEval 2014 classes) from the trained recogniser {@link NerTagger}. A {@code part} mention
 * covers its whole token ("US-Außenminister"), as in GermEval.
 */
public final class NerStage implements Stage {
    private final NerTagger tagger;

    public NerStage() {
        this(NerTagger.get());
    }

    public NerStage(NerTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "de.ner.v1";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.MORPHOLOGY);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public AnalyzedArticle process(AnalyzedArticle doc) {
        int[] tags = tagger.tag(NerInput.of(doc));
        return doc.withEntities(mentions(doc, tags));
    }

    /** BIO tags over the article's tokens to mentions. */
    static List<EntityMention> mentions(AnalyzedArticle doc, int[] tags) {
        List<Token> tokens = doc.tokens();
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == 0) continue;
            int cls = NerTags.classOf(tags[i]);
            int end = i;
            while (end + 1 < tags.length && NerTags.isInside(tags[end + 1]) && NerTags.classOf(tags[end + 1]) == cls) end++;
            int b = tokens.get(i).begin(), e = tokens.get(end).end();
            out.add(new EntityMention(b, e, doc.text().substring(b, e), NerTags.type(cls), NerTags.form(cls), null));
            i = end;
        }
        return out;
    }
}
