package org.newsgraph.de.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.SeedArticles;
import org.newsgraph.de.segment.SegmentationStage;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.NameClass;
import org.newsgraph.model.Token;

class MorphologyStageTest {
    private static final SegmentationStage SEGMENT = new SegmentationStage();
    private static final MorphologyStage MORPH = new MorphologyStage();

    static AnalyzedArticle analyze(String text) {
        return MORPH.process(SEGMENT.process(AnalyzedArticle.of(SeedArticles.fromParagraphs("t", null, text))));
    }

    static Token token(AnalyzedArticle doc, String form) {
        return doc.tokens().stream().filter(t -> doc.text(t).equals(form)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + form));
    }

    @Test
    void seedLemmasOfNamesAndCompounds() {
        AnalyzedArticle doc = MORPH.process(SEGMENT.process(AnalyzedArticle.of(SeedArticles.seed())));
        assertThat(doc.tokens()).allSatisfy(t -> {
            assertThat(t.lemma()).isNotNull().isNotEmpty();
            assertThat(t.pos()).isNotNull().isNotEmpty();
        });
        Map<String, String> lemma = doc.tokens().stream().collect(Collectors.toMap(doc::text, Token::lemma, (a, b) -> a));
        assertThat(lemma).containsEntry("Selenskyjs", "Selenskyj").containsEntry("Haftbefehls", "Haftbefehl")
                .containsEntry("Putins", "Putin").containsEntry("Trumps", "Trump")
                .containsEntry("telefonierten", "telefonieren").containsEntry("Gebiete", "Gebiet")
                .containsEntry("Äußerungen", "Äußerung").containsEntry("seien", "sein");
        assertThat(token(doc, "Kiew").nameClasses()).contains(NameClass.CITY);
        assertThat(token(doc, "Ukraine").nameClasses()).contains(NameClass.COUNTRY);
        assertThat(token(doc, "Donald").nameClasses()).contains(NameClass.FIRST_NAME);
        assertThat(token(doc, "Putin").nameClasses()).contains(NameClass.SURNAME);
        assertThat(token(doc, "Putin").pos()).isEqualTo("NE");
        assertThat(token(doc, "Gipfeltreffen").pos()).isEqualTo("NN");
        assertThat(token(doc, ",").pos()).isEqualTo("$,");
        assertThat(token(doc, "«").pos()).isEqualTo("$(");
    }

    @Test
    void subjunctiveInReportedSpeech() {
        AnalyzedArticle doc = analyze("Er glaube nicht, dass die Ukraine gewinnen könne. Es gebe nichts mitzuteilen. Das müsse Folgen haben. Die Russen seien eingesickert.");
        for (String f : List.of("glaube", "gebe", "müsse", "seien", "könne")) {
            assertThat(token(doc, f).morphology().mood()).as(f).isEqualTo("KJ1");
        }
        assertThat(token(doc, "glaube").pos()).isEqualTo("VVFIN");
        assertThat(token(doc, "müsse").pos()).isEqualTo("VMFIN");
        assertThat(token(doc, "gewinnen").pos()).isEqualTo("VVINF");
        AnalyzedArticle first = analyze("Ich glaube nicht, dass sie werden.");
        assertThat(token(first, "glaube").morphology().mood()).isEqualTo("IND");
        assertThat(token(first, "glaube").morphology().person()).isEqualTo("1");
    }

    @Test
    void partsOfSpeechOnARealSentence() {
        AnalyzedArticle doc = analyze("Die USA und Russland steuern weiter auf ein zweites Gipfeltreffen der Präsidenten zu, um die Begegnung im August vorzubereiten.");
        List<String> pos = doc.tokens().stream().map(Token::pos).toList();
        assertThat(pos.get(5)).as("weiter").isIn("ADV", "ADJD");
        assertThat(pos.subList(6, pos.size())).containsExactly("APPR", "ART", "ADJA", "NN", "ART", "NN", "PTKVZ", "$,",
                "KOUI", "ART", "NN", "APPRART", "NN", "VVIZU", "$.");
        assertThat(pos.subList(0, 5)).containsExactly("ART", "NN", "KON", "NE", "VVFIN");
        assertThat(token(doc, "zweites").lemma()).isIn("zweit", "zweite");
        assertThat(token(doc, "Präsidenten").lemma()).isEqualTo("Präsident");
        assertThat(token(doc, "steuern").lemma()).isEqualTo("steuern");
    }

    @Test
    void functionWordsPronounsAndInfinitiveParticle() {
        AnalyzedArticle doc = analyze("Dazu sagte er: «Ich glaube nicht, dass wir darüber zu sprechen haben.» Am Montag kam der Internationale Strafgerichtshof zusammen.");
        assertThat(token(doc, "Ich").pos()).isEqualTo("PPER");
        assertThat(token(doc, "Ich").lemma()).isEqualTo("ich");
        assertThat(token(doc, "er").lemma()).isEqualTo("er");
        assertThat(token(doc, "wir").lemma()).isEqualTo("wir");
        assertThat(token(doc, "zu").pos()).isEqualTo("PTKZU");
        assertThat(token(doc, "Am").pos()).isEqualTo("APPRART");
        assertThat(token(doc, "Internationale").pos()).isEqualTo("ADJA");
        assertThat(token(doc, "Internationale").lemma()).isEqualTo("international");
        assertThat(token(doc, "zusammen").pos()).isEqualTo("PTKVZ");
    }

    @Test
    void unknownWordAfterAFirstNameIsAName() {
        AnalyzedArticle doc = analyze("Gestern sprach Peter Kiesewetter mit Marie-Agnes Strack-Zimmermann.");
        assertThat(token(doc, "Kiesewetter").pos()).isEqualTo("NE");
        assertThat(token(doc, "Marie-Agnes").pos()).isEqualTo("NE");
        assertThat(token(doc, "Strack-Zimmermann").pos()).isEqualTo("NE");
    }

    @Test
    void participlesAfterAuxiliariesAreVerbs() {
        AnalyzedArticle doc = analyze("Die Ware wurde gestern geliefert und sofort bezahlt. Er hat das Buch bestellt.");
        assertThat(token(doc, "geliefert").lemma()).isEqualTo("liefern");
        assertThat(token(doc, "geliefert").pos()).isEqualTo("VVPP");
        assertThat(token(doc, "bestellt").lemma()).isEqualTo("bestellen");
    }

    @Test
    void lexiconApi() {
        GermanLexicon lex = GermanLexicon.get();
        assertThat(lex.analyze("Kupjansk")).isNotEmpty();
        assertThat(lex.analyze("Berlin")).anySatisfy(r -> assertThat(r.nameClasses()).contains(NameClass.CITY));
        assertThat(lex.analyze("US-Außenminister")).anySatisfy(r -> assertThat(r.lemma()).isEqualTo("US-Außenminister"));
        assertThat(lex.analyze("Frontverlauf")).anySatisfy(r -> assertThat(r.pos()).isEqualTo("NN"));
        assertThat(lex.nameClasses("Alice")).contains(NameClass.FIRST_NAME);
        assertThat(lex.nameClasses("Marie-Agnes")).contains(NameClass.FIRST_NAME);
        assertThat(lex.analyze("Haftbefehls")).allSatisfy(r -> assertThat(r.lemma()).isEqualTo("Haftbefehl"));
        assertThat(lex.analyze("glaube")).extracting(r -> r.morphology().mood()).contains("KJ1", "IND");
    }
}
