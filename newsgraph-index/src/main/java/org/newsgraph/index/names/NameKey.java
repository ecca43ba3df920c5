package org.newsgraph.index.names;

/**
 * Maps one word of a name to a key that spelling and transliteration variants share, so that
 * "Zelensky", "Selenskyj" and "Zelenskyy" meet. Pluggable: the index takes any implementation
 * (e.g. the entity registry's normaliser); {@link TransliterationKey} is the default.
 */
@FunctionalInterface
public interface NameKey {
    /** The key of one word, or an empty string if the word has none. */
    String key(String word);
}
