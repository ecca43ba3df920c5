package org.newsgraph.de.quotes;

import java.util.List;
import org.newsgraph.model.QuoteType;

/**
 * Decides, at the end of the quote stage, what to keep of each statement the rules and the
 * reported-speech judge found, from its {@link QuoteVerifierFeatures}.
 */
@FunctionalInterface
public interface QuoteVerifier {
    /** What happens to a statement: kept whole, without its speaker, without speaker and cue, or dropped. */
    enum Verdict { KEEP, DROP_SPEAKER, DROP_SPEAKER_AND_CUE, DROP }

    /** A verifier that keeps everything: the rules and the judge alone. */
    QuoteVerifier NONE = (type, features) -> Verdict.KEEP;

    Verdict verdict(QuoteType type, List<String> features);
}
