package org.newsgraph.model;

import java.util.Set;

/**
 * A word, number or punctuation mark. {@code pos} is an STTS-like part-of-speech tag
 * (NN, NE, VVFIN, ADJA, ...), {@code nameClasses} what a name dictionary says the word can be.
 */
public record Token(int begin, int end, String lemma, String pos, Morphology morphology,
                    Set<NameClass> nameClasses) implements HasSpan {
    public Token {
        new Span(begin, end);
        if (morphology == null) morphology = Morphology.NONE;
        nameClasses = nameClasses == null ? Set.of() : Set.copyOf(nameClasses);
    }

    /** A token whose morphology is not known yet. */
    public static Token of(int begin, int end) {
        return new Token(begin, end, null, null, Morphology.NONE, Set.of());
    }

    public Token withMorphology(String newLemma, String newPos, Morphology m, Set<NameClass> names) {
        return new Token(begin, end, newLemma, newPos, m, names);
    }
}
