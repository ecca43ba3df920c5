package org.newsgraph.de.morph;

import java.util.Set;
import org.newsgraph.model.Morphology;
import org.newsgraph.model.NameClass;

/**
 * One dictionary analysis of a word form.
 *
 * @param lemma       base form
 * @param tag         LanguageTool's German tag, e.g. {@code VER:3:SIN:KJ1:NON}, or a made-up one for guesses ({@code UNKNOWN})
 * @param pos         STTS-like part of speech derived from the tag (NN, NE, VVFIN, ...)
 * @param morphology  case, number, gender, person, mood, tense where the tag says them
 * @param nameClasses the kind of name for proper-name readings ({@code EIG:...:VOR} → FIRST_NAME ...)
 * @param guessed     true when the word is not in the dictionary and this reading is a guess
 */
public record Reading(String lemma, String tag, String pos, Morphology morphology, Set<NameClass> nameClasses,
                      boolean guessed) {
    public Reading {
        nameClasses = Set.copyOf(nameClasses);
    }

    public boolean isNoun() { return pos.equals("NN"); }
    public boolean isName() { return pos.equals("NE"); }
    public boolean isVerb() { return pos.startsWith("V"); }
}
