package org.newsgraph.de.quotes;

/** Decides whether a sentence the rules left alone is a reported statement ("Die SPD will ... weiterentwickeln."). */
@FunctionalInterface
public interface ReportedSpeechJudge {
    /** A judge that accepts nothing: the rules alone. */
    ReportedSpeechJudge NONE = c -> false;

    boolean isReported(ReportedCandidate candidate);
}
