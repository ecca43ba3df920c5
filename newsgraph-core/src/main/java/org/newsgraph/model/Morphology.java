package org.newsgraph.model;

/**
 * Grammatical features of a token where the dictionary knows them; any field may be null.
 * Values follow LanguageTool's German tag set: case NOM/GEN/DAT/AKK, number SIN/PLU,
 * gender MAS/FEM/NEU, person 1/2/3, mood IND/KJ1/KJ2/IMP, tense PRÄ/PRT.
 */
public record Morphology(String grammaticalCase, String number, String gender, String person,
                         String mood, String tense) {
    public static final Morphology NONE = new Morphology(null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
