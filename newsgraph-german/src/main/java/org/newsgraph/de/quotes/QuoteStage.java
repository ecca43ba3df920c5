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
    private final QuoteVerifier verifier;

    /** A statement the rules and the judge found, before the verifier, with its verifier features. */
    public record Candidate(Quote quote, List<String> features) {
    }

    /** The cue lexicon, the committed reported-speech model and the committed quote verifier. */
    public QuoteStage() {
        this(SpeechCues.load(), ReportedSpeechModel.shared(), QuoteVerifierModel.shared());
    }

    /** Rules only: reported statements come from cue verbs marked "reported" alone. */
    public QuoteStage(SpeechCues cues) {
        this(cues, ReportedSpeechJudge.NONE);
    }

    /** The rules, and a judge for sentences they found no statement in; no verifier. */
    public QuoteStage(SpeechCues cues, ReportedSpeechJudge reported) {
        this(cues, reported, QuoteVerifier.NONE);
    }

    /** The rules, the judge, and a verifier over everything they found. */
    public QuoteStage(SpeechCues cues, ReportedSpeechJudge reported, QuoteVerifier verifier) {
        this.cues = cues;
        this.reported = reported;
        this.verifier = verifier;
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
        List<Quote> out = new ArrayList<>();
        for (Candidate c : candidates(doc, verifier != QuoteVerifier.NONE)) {
            Quote q = apply(verifier.verdict(c.quote().type(), c.features()), c.quote());
            if (q != null) out.add(q);
        }
        return doc.withQuotes(out);
    }

    /** Everything the rules and the judge found, before the verifier, with the verifier's features (for training it). */
    public List<Candidate> candidates(AnalyzedArticle doc) {
        return candidates(doc, true);
    }

    private List<Candidate> candidates(AnalyzedArticle doc, boolean withFeatures) {
        QuoteFinder finder = new QuoteFinder(doc, cues).judging(reported);
        List<QuoteFinder.Found> found = finder.run();
        List<List<String>> features = withFeatures ? QuoteVerifierFeatures.of(doc, found, finder) : null;
        SpeakerLinker linker = new SpeakerLinker(doc);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            QuoteFinder.Found f = found.get(k);
            List<Span> parts = new ArrayList<>();
            for (int[] p : f.parts) if (p[1] > p[0]) parts.add(new Span(p[0], p[1]));
            if (parts.isEmpty()) continue;
            List<Span> cue = new ArrayList<>();
            for (int[] c : f.cue) cue.add(new Span(c[0], c[1]));
            cue.sort(java.util.Comparator.comparingInt(Span::begin));
            String outlet = linker.outlet(f.outletHint);
            if (outlet == null) outlet = linker.outlet(f.addressee);
            Quote q = new Quote(parts, f.type, cue, linker.mention(f.speaker), linker.mention(f.addressee), outlet, f.medium);
            out.add(new Candidate(q, withFeatures ? features.get(k) : List.of()));
        }
        return out;
    }

    /** The statement as the verdict leaves it, or null when dropped. */
    public static Quote apply(QuoteVerifier.Verdict verdict, Quote q) {
        return switch (verdict) {
            case KEEP -> q;
            case DROP -> null;
            case DROP_SPEAKER -> new Quote(q.parts(), q.type(), q.cue(), null, q.addressee(), q.outlet(), q.medium());
            case DROP_SPEAKER_AND_CUE -> new Quote(q.parts(), q.type(), List.of(), null, q.addressee(), q.outlet(), q.medium());
        };
    }
}
