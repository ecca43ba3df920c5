package org.newsgraph.de.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Stage;

/**
 * Quotations and speakers: what was said, how (direct, indirect, free indirect, reported), by whom,
 * to whom and where. Spans come from tokens, parts of speech and mood alone; when the article has a
 * resolution layer, speaker and addressee get the entity of the mention inside them (pronouns and
 * nominals resolved by {@link org.newsgraph.de.resolve.ResolutionStage}) and the outlet the ORG entity.
 * Stateless and thread-safe.
 */
public final class QuoteStage implements Stage {
    private final SpeechCues cues;
    private final ReportedSpeechJudge reported;

    /** The cue lexicon and the committed reported-speech model. */
    public QuoteStage() {
        this(SpeechCues.load(), ReportedSpeechModel.shared());
    }

    /** Rules only: reported statements come from cue verbs marked "reported" alone. */
    public QuoteStage(SpeechCues cues) {
        this(cues, ReportedSpeechJudge.NONE);
    }

    /** The rules, and a judge for sentences they found no statement in. */
    public QuoteStage(SpeechCues cues, ReportedSpeechJudge reported) {
        this.cues = cues;
        this.reported = reported;
    }

    @Override
    public String name() {
        return "de.quotes.v1";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MORPHOLOGY);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public AnalyzedArticle process(AnalyzedArticle doc) {
        List<QuoteFinder.Found> found = new QuoteFinder(doc, cues).judging(reported).run();
        SpeakerLinker linker = new SpeakerLinker(doc);
        List<Quote> out = new ArrayList<>();
        for (QuoteFinder.Found f : found) {
            List<Span> parts = new ArrayList<>();
            for (int[] p : f.parts) if (p[1] > p[0]) parts.add(new Span(p[0], p[1]));
            if (parts.isEmpty()) continue;
            List<Span> cue = new ArrayList<>();
            for (int[] c : f.cue) cue.add(new Span(c[0], c[1]));
            cue.sort(java.util.Comparator.comparingInt(Span::begin));
            String outlet = linker.outlet(f.outletHint);
            if (outlet == null) outlet = linker.outlet(f.addressee);
            out.add(new Quote(parts, f.type, cue, linker.mention(f.speaker), linker.mention(f.addressee), outlet, f.medium));
        }
        return doc.withQuotes(out);
    }
}
