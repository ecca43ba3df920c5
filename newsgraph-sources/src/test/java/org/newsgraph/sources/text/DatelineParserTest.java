package org.newsgraph.sources.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Dateline;

class DatelineParserTest {

    @Test
    void agencyDatelines() {
        check("Washington/Kiew/Moskau (dpa) - Die USA", "dpa", "Washington", "Kiew", "Moskau");
        check("Frankfurt am Main (dpa-AFX) - Der Dax", "dpa-AFX", "Frankfurt am Main");
        check("Frankfurt/Main (AFP) – Die Aktie", "AFP", "Frankfurt", "Main");
        check("Berlin, 21. Oktober (KNA) - Die Bischöfe", "KNA", "Berlin");
        check("Rio de Janeiro (dpa) - Bei", "dpa", "Rio de Janeiro");
        check("Passau (dpa/lby) - Die Donau", "dpa/lby", "Passau");
    }

    @Test
    void ordinarySentencesAreNoDatelines() {
        assertThat(DatelineParser.parse("Die Partei (AfD) - so heißt es - will", 0)).isNull();
        assertThat(DatelineParser.parse("Der Kanzler sagte am Montag, er werde (wie angekündigt) reisen.", 0)).isNull();
        assertThat(DatelineParser.parse("Berlin ist eine Stadt.", 0)).isNull();
    }

    private static void check(String text, String agency, String... places) {
        Dateline d = DatelineParser.parse(text, 0);
        assertThat(d).as(text).isNotNull();
        assertThat(d.places()).containsExactly(places);
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(text.substring(d.span().begin(), d.span().end())).endsWith(")" + text.substring(text.indexOf(')') + 1, d.span().end()));
    }
}
