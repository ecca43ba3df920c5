package org.newsgraph.de.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanTokenizerTest {
    private final GermanTokenizer tokenizer = new GermanTokenizer();
    private final GermanSentenceSplitter splitter = new GermanSentenceSplitter();

    private List<String> tokens(String text) {
        return tokenizer.tokenize(text).stream().map(t -> text.substring(t[0], t[1])).toList();
    }

    private List<String> sentences(String text) {
        return splitter.split(text, tokenizer.tokenize(text)).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void abbreviationsKeepTheirPeriodAndDoNotEndSentences() {
        String t = "Dr. Müller, Prof. Schmidt u. a. kamen z. B. nach St. Petersburg, bzw. nach Kiew. Es ging um ca. 3 Mio. Euro und 2 Mrd. Dollar (Nr. 5).";
        assertThat(tokens(t)).contains("Dr.", "Prof.", "u.", "a.", "z.", "B.", "St.", "bzw.", "ca.", "Mio.", "Mrd.", "Nr.");
        assertThat(sentences(t)).containsExactly(
                "Dr. Müller, Prof. Schmidt u. a. kamen z. B. nach St. Petersburg, bzw. nach Kiew.",
                "Es ging um ca. 3 Mio. Euro und 2 Mrd. Dollar (Nr. 5).");
        assertThat(tokens("Das gilt z.B. für Kinder.")).containsExactly("Das", "gilt", "z.B.", "für", "Kinder", ".");
    }

    @Test
    void ordinalsAndDatesDoNotSplit() {
        String t = "Am 21. Oktober spielte der 1. FC Köln. Die Sitzung vom 21.10.2025 begann um 15.30 Uhr. Er wurde 2024. Danach kam er.";
        assertThat(tokens(t)).contains("21.", "1.", "21.10.2025", "15.30", "2024");
        assertThat(sentences(t)).containsExactly("Am 21. Oktober spielte der 1. FC Köln.",
                "Die Sitzung vom 21.10.2025 begann um 15.30 Uhr.", "Er wurde 2024.", "Danach kam er.");
    }

    @Test
    void abbreviationAtTheEndOfASentence() {
        assertThat(sentences("Es gab Brot, Käse usw. Die Gäste blieben lange. Das war im 3. Jh. v. Chr. Er kam."))
                .containsExactly("Es gab Brot, Käse usw.", "Die Gäste blieben lange.", "Das war im 3. Jh. v. Chr.", "Er kam.");
        assertThat(sentences("Käse usw. Obst")).containsExactly("Käse usw. Obst");
    }

    @Test
    void numbers() {
        assertThat(tokens("Etwa 30.000 Menschen, 2,5 Prozent, ein 3:1-Sieg und 3:1 Tore."))
                .containsExactly("Etwa", "30.000", "Menschen", ",", "2,5", "Prozent", ",", "ein", "3:1-Sieg", "und", "3:1", "Tore", ".");
    }

    @Test
    void compoundsAndTruncations() {
        assertThat(tokens("In vielen EU- und Nato-Staaten sprach der US-Außenminister mit der AfD-Co-Vorsitzenden."))
                .containsExactly("In", "vielen", "EU-", "und", "Nato-Staaten", "sprach", "der", "US-Außenminister", "mit", "der", "AfD-Co-Vorsitzenden", ".");
        assertThat(tokens("Benfica kam in die K.-o.-Phase der Liga."))
                .containsExactly("Benfica", "kam", "in", "die", "K.-o.-Phase", "der", "Liga", ".");
        assertThat(tokens("Vor-, Haupt- und Nachsaison")).containsExactly("Vor-", ",", "Haupt-", "und", "Nachsaison");
    }

    @Test
    void quoteMarksAreTokensOfTheirOwn() {
        assertThat(tokens("„Wir gehen“, sagte er. «Ja» ‚nein‘ ‹so› \"gut\" 'hier'"))
                .containsExactly("„", "Wir", "gehen", "“", ",", "sagte", "er", ".", "«", "Ja", "»", "‚", "nein", "‘", "‹", "so", "›",
                        "\"", "gut", "\"", "'", "hier", "'");
        assertThat(tokens("So geht's nicht, sagte O'Neill.")).containsExactly("So", "geht's", "nicht", ",", "sagte", "O'Neill", ".");
    }

    @Test
    void dashesAndSlashes() {
        assertThat(tokens("Washington/Kiew/Moskau (dpa) - Die USA – und Russland —"))
                .containsExactly("Washington", "/", "Kiew", "/", "Moskau", "(", "dpa", ")", "-", "Die", "USA", "–", "und", "Russland", "—");
    }

    @Test
    void webTokens() {
        assertThat(tokens("Mehr unter https://www.tagesschau.de/inland/a-1.html. Schreiben Sie an info@dpa.de oder @dpa_live #Ukraine!"))
                .containsExactly("Mehr", "unter", "https://www.tagesschau.de/inland/a-1.html", ".", "Schreiben", "Sie", "an",
                        "info@dpa.de", "oder", "@dpa_live", "#Ukraine", "!");
    }

    @Test
    void questionsExclamationsAndQuotes() {
        String t = "«Warum?», fragte sie. Er rief: «Nein!» Dann ging er. «Sie könnten gewinnen. Ich glaube nicht», sagte er.";
        assertThat(sentences(t)).containsExactly("«Warum?», fragte sie.", "Er rief: «Nein!»", "Dann ging er.",
                "«Sie könnten gewinnen.", "Ich glaube nicht», sagte er.");
    }
}
