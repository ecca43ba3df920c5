package org.newsgraph.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void transliterationVariantsMeet() {
        String k = NameKey.key("Selenskyj");
        for (String v : new String[] {"Selensky", "Zelensky", "Zelenskyy", "Zelenskyj", "Selenskij"}) {
            assertThat(NameKey.key(v)).as(v).isEqualTo(k);
        }
        assertThat(NameKey.key("Lawrow")).isEqualTo(NameKey.key("Lavrov"));
        assertThat(NameKey.key("Orbán")).isEqualTo(NameKey.key("Orban"));
        assertThat(NameKey.key("Kiew")).isEqualTo(NameKey.key("Kyjiw")).isEqualTo(NameKey.key("Kyiv"));
        assertThat(NameKey.key("Szijjártó")).isEqualTo(NameKey.key("Szijjarto"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(NameKey.key("Putin")).isNotEqualTo(NameKey.key("Rubio"));
        assertThat(NameKey.key("Weidel")).isNotEqualTo(NameKey.key("Wadephul"));
        assertThat(NameKey.key("Trump")).isNotEqualTo(NameKey.key("Truman"));
    }

    @Test
    void foldKeepsWordsAndDropsMarks() {
        assertThat(NameKey.fold("Marie-Agnes Strack-Zimmermann")).isEqualTo("marie agnes strack zimmermann");
        assertThat(NameKey.fold("Großbritannien")).isEqualTo("grossbritannien");
    }
}
