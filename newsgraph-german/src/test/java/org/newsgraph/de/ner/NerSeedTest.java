package org.newsgraph.de.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.de.SeedArticles;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Layer;

/** The recogniser on the seed dpa report (read from ../shared, never bundled). */
class NerSeedTest {
    static AnalyzedArticle doc;
    static Set<String> got;

    @BeforeAll
    static void analyse() {
        doc = GermanPipeline.get().upTo(Layer.ENTITIES).analyze(SeedArticles.seed());
        got = new HashSet<>();
        for (EntityMention m : doc.entities()) got.add(m.text() + "/" + m.type() + "/" + m.form());
    }

    @Test
    void persons() {
        for (String n : List.of("Donald Trump", "Wladimir Putin", "Marco Rubio", "Sergej Lawrow", "Peter Szijjarto",
                "Wolodymyr Selenskyj", "Selenskyjs", "Viktor Orban", "Alice Weidel", "Roderich Kiesewetter",
                "Marie-Agnes Strack-Zimmermann", "Trump", "Trumps", "Putins")) {
            assertThat(got).as(n).contains(n + "/PER/NAME");
        }
    }

    @Test
    void places() {
        for (String n : List.of("USA", "Russland", "Washington", "Kiew", "Moskau", "Budapest", "Ungarn", "Alaska", "Ukraine",
                "Kupjansk", "Oskil", "Europa")) {
            assertThat(got).as(n).contains(n + "/LOC/NAME");
        }
    }

    @Test
    void organisationsAndOthers() {
        for (String n : List.of("EU", "IStGH", "Internationalen Strafgerichtshofs", "Handelsblatt", "DeepState")) {
            assertThat(got).as(n).contains(n + "/ORG/NAME");
        }
        // party and alliance names inside compounds are parts of the whole word, as in GermEval
        for (String n : List.of("CDU-Außenpolitiker", "FDP-Europapolitikerin", "AfD-Co-Vorsitzende", "Nato-Staaten")) {
            assertThat(got).as(n).contains(n + "/ORG/PART");
        }
        assertThat(got).contains("Tomahawk/OTH/NAME");
    }

    @Test
    void partsAndDerivedAdjectives() {
        assertThat(got).contains("US-Außenminister/LOC/PART", "Ukraine-Krieg/LOC/PART");
        assertThat(got).contains("russischer/LOC/DERIV", "ukrainische/LOC/DERIV", "ungarischen/LOC/DERIV");
    }

    @Test
    void noQuoteMarksAndNoCommonWords() {
        for (EntityMention m : doc.entities()) {
            assertThat(m.text()).doesNotContain("«", "»", "„", "“");
            assertThat(doc.text().substring(m.begin(), m.end())).isEqualTo(m.text());
        }
        for (String word : List.of("Gipfeltreffen", "Außenminister", "Kremlchef", "Haftbefehls", "Kriegsverbrecher", "Generalstab")) {
            assertThat(doc.entities()).extracting(EntityMention::text).doesNotContain(word);
        }
    }

    @Test
    void fullPipelineResolvesPartsToTheirNames() {
        AnalyzedArticle full = GermanPipeline.get().analyze(SeedArticles.seed());
        Set<String> texts = new HashSet<>();
        for (EntityMention m : full.entities()) texts.add(m.text() + "/" + m.type());
        // check_seed.py ner looks for the names inside the part mentions after resolution
        assertThat(texts).contains("CDU/ORG", "FDP/ORG", "AfD/ORG", "Nato/ORG", "Moskau/LOC", "Oskil/LOC");
    }
}
