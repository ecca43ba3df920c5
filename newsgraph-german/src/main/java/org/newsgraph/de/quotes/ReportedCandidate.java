package org.newsgraph.de.quotes;

import java.util.List;

/**
 * A sentence the rules found no statement in, offered to the reported-speech classifier: its
 * character span, the speaker span the subject rules found (or null) and its features.
 *
 * @param sentence index of the sentence in the article
 * @param begin    first character of the sentence
 * @param end      end of the sentence (exclusive, with its final punctuation)
 * @param speaker  character span [begin, end) of the subject (the "von" agent of a passive), or null
 * @param features feature strings, see {@link ReportedSpeechFeatures}
 */
public record ReportedCandidate(int sentence, int begin, int end, int[] speaker, List<String> features) {
    public ReportedCandidate {
        features = List.copyOf(features);
    }
}
