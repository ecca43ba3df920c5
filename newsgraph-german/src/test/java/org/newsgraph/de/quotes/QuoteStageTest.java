package org.newsgraph.de.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;

/** Quote styles, interrupted quotes and source prepositions on invented German news sentences. */
class QuoteStageTest {
    // the rules and the reported-speech judge; the verifier, trained on whole articles (where a lone first sentence is a
    // title), is tested in QuoteVerifierTest
    private static final QuoteStage STAGE = new QuoteStage(SpeechCues.load(), ReportedSpeechModel.shared());

    static AnalyzedArticle analyse(String text) {
        List<Section> sections = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+").matcher(text);
        while (m.find()) sections.add(new Section(SectionKind.PARAGRAPH, m.start(), m.end()));
        Article a = new Article("t", LocalDate.of(2025, 1, 1), "test", null, Dateline.NONE, text, sections, null, List.of());
        return STAGE.process(GermanPipeline.get().upTo(Layer.MORPHOLOGY).analyze(a));
    }

    static Quote only(AnalyzedArticle doc) {
        assertThat(doc.quotes()).hasSize(1);
        return doc.quotes().get(0);
    }

    static List<String> parts(AnalyzedArticle doc, Quote q) {
        return q.parts().stream().map(doc::text).toList();
    }

    @Test
    void everyGermanQuoteStyle() {
        for (String[] marks : new String[][]{{"„", "“"}, {"«", "»"}, {"»", "«"}, {"\"", "\""}, {"‚", "‘"}, {"›", "‹"}}) {
            AnalyzedArticle doc = analyse(marks[0] + "Wir werden die Steuern nicht erhöhen" + marks[1] + ", sagte die Ministerin am Montag.");
            Quote q = only(doc);
            assertThat(q.type()).as(marks[0]).isEqualTo(QuoteType.DIRECT);
            assertThat(parts(doc, q)).as(marks[0]).containsExactly(marks[0] + "Wir werden die Steuern nicht erhöhen" + marks[1]);
            assertThat(doc.text(q.speaker())).as(marks[0]).isEqualTo("die Ministerin");
            assertThat(q.cue()).extracting(doc::text).containsExactly("sagte");
        }
    }

    @Test
    void aQuoteInterruptedByItsAttributionHasTwoParts() {
        AnalyzedArticle doc = analyse("«Das ist ein guter Tag», sagte sie, «und wir feiern ihn.»");
        Quote q = only(doc);
        assertThat(parts(doc, q)).containsExactly("«Das ist ein guter Tag»", "«und wir feiern ihn.»");
        assertThat(doc.text(q.speaker())).isEqualTo("sie");
    }

    @Test
    void sourcePrepositionsAndWieClauses() {
        AnalyzedArticle laut = analyse("Laut der Polizei wurden bei dem Unfall drei Menschen verletzt.");
        Quote q = only(laut);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(doc(laut, q.speaker())).isEqualTo("der Polizei");
        assertThat(parts(laut, q)).containsExactly("wurden bei dem Unfall drei Menschen verletzt");

        AnalyzedArticle zufolge = analyse("Dem Bericht zufolge stieg die Zahl der Arbeitslosen im Mai.");
        q = only(zufolge);
        assertThat(doc(zufolge, q.speaker())).isEqualTo("Dem Bericht");
        assertThat(q.cue()).extracting(zufolge::text).contains("zufolge");

        AnalyzedArticle nach = analyse("Nach Angaben der Feuerwehr brach das Feuer am Abend aus.");
        q = only(nach);
        assertThat(doc(nach, q.speaker())).isEqualTo("Angaben der Feuerwehr");

        AnalyzedArticle time = analyse("Zwei Monate nach dem Bericht der Kommission wurde die Brücke für den Verkehr gesperrt.");
        assertThat(time.quotes()).noneMatch(x -> x.cue().stream().anyMatch(c -> time.text(c).equals("nach")));

        AnalyzedArticle wie = analyse("Wie das Ministerium mitteilte, soll die Brücke im Herbst eröffnet werden.");
        q = only(wie);
        assertThat(doc(wie, q.speaker())).isEqualTo("das Ministerium");
        assertThat(q.cue()).extracting(wie::text).containsExactly("Wie", "mitteilte");
        assertThat(parts(wie, q)).containsExactly("soll die Brücke im Herbst eröffnet werden");
    }

    @Test
    void cuesAndSpeakersAsTheGoldDataMarksThem() {
        AnalyzedArticle geht = analyse("Der Minister geht davon aus, dass die Steuern steigen.");
        assertThat(only(geht).cue()).extracting(geht::text).containsExactly("geht", "davon", "aus");

        AnalyzedArticle ausgegangen = analyse("Die Ermittler waren zunächst davon ausgegangen, dass der Brand gelegt wurde.");
        assertThat(only(ausgegangen).cue()).extracting(ausgegangen::text).containsExactlyInAnyOrder("waren", "davon", "ausgegangen");

        AnalyzedArticle aufgerufen = analyse("Die Gewerkschaft hat ihre Mitglieder dazu aufgerufen, am Freitag die Arbeit niederzulegen.");
        assertThat(only(aufgerufen).cue()).extracting(aufgerufen::text).containsExactlyInAnyOrder("hat", "dazu", "aufgerufen");

        AnalyzedArticle dabei = analyse("Der Trainer hob dabei hervor, dass die Mannschaft jung sei.");
        assertThat(only(dabei).cue()).extracting(dabei::text).containsExactly("hob", "hervor");

        AnalyzedArticle dazu = analyse("Der Minister sagte dazu: „Die Stadt wird die Kosten übernehmen.“");
        assertThat(only(dazu).cue()).extracting(dazu::text).containsExactly("sagte");

        AnalyzedArticle dagegen = analyse("Die Anwohner erklären dagegen, der Lärm sei unerträglich.");
        assertThat(only(dagegen).cue()).extracting(dagegen::text).containsExactly("erklären");

        AnalyzedArticle es = analyse("Es wird vermutet, dass die Täter über die Grenze geflohen sind.");
        assertThat(only(es).cue()).extracting(es::text).containsExactlyInAnyOrder("Es", "wird", "vermutet");

        AnalyzedArticle hatte = analyse("Der Sprecher hatte am Mittwoch erklärt, die Regierung sei handlungsfähig.");
        Quote q = only(hatte);
        assertThat(q.cue()).extracting(hatte::text).containsExactlyInAnyOrder("hatte", "erklärt");
        assertThat(doc(hatte, q.speaker())).isEqualTo("Der Sprecher");

        AnalyzedArticle wonach = analyse("Es gibt eine Schätzung, wonach in diesem Jahr mehr Kinder geboren wurden.");
        q = only(wonach);
        assertThat(doc(wonach, q.speaker())).isEqualTo("eine Schätzung");
        assertThat(q.cue()).extracting(wonach::text).containsExactly("wonach");
        assertThat(parts(wonach, q)).containsExactly("in diesem Jahr mehr Kinder geboren wurden");

        AnalyzedArticle relative = analyse("Der Minister traf Bürgermeister Weber, der erklärte, die Stadt habe kein Geld.");
        q = only(relative);
        assertThat(doc(relative, q.speaker())).isEqualTo("Bürgermeister Weber");
        assertThat(parts(relative, q)).containsExactly("die Stadt habe kein Geld");
    }

    @Test
    void subjunctiveSentencesContinueTheStatement() {
        AnalyzedArticle doc = analyse("Der Bürgermeister sagte, die Stadt habe kein Geld. Die Schwimmbäder müssten deshalb schließen. Am Abend regnete es.");
        assertThat(doc.quotes()).hasSize(2);
        Quote first = doc.quotes().get(0), second = doc.quotes().get(1);
        assertThat(parts(doc, first)).containsExactly("die Stadt habe kein Geld");
        assertThat(second.type()).isEqualTo(QuoteType.FREE_INDIRECT);
        assertThat(parts(doc, second)).containsExactly("Die Schwimmbäder müssten deshalb schließen.");
        assertThat(second.speaker()).isEqualTo(first.speaker());
        assertThat(doc.text(first.speaker())).isEqualTo("Der Bürgermeister");
    }

    @Test
    void namesInQuotationMarksAreNotQuotes() {
        AnalyzedArticle doc = analyse("Die Zeitung «Die Welt» berichtete über den Streit in der «Grünen Jugend».");
        assertThat(doc.quotes()).noneMatch(q -> q.type() == QuoteType.DIRECT);

        AnalyzedArticle title = analyse("Die Stiftung erhielt den „Großen Preis für Kunst und Kultur der Stadt Hamburg“, sagte die Sprecherin.");
        assertThat(title.quotes()).noneMatch(q -> q.type() == QuoteType.DIRECT);
    }

    @Test
    void speakerPhrasesAsTheTextGivesThem() {
        AnalyzedArticle paren = analyse("Die Wahl sei frei gewesen, sagte Kristina Schröder (CDU) am Montag.");
        assertThat(doc(paren, only(paren).speaker())).isEqualTo("Kristina Schröder (CDU)");

        AnalyzedArticle passive = analyse("Von den Behörden wird angenommen, dass Drogenschmuggel zu dem Zwischenfall führte.");
        Quote q = only(passive);
        assertThat(doc(passive, q.speaker())).isEqualTo("den Behörden");
        assertThat(q.cue()).extracting(passive::text).containsExactlyInAnyOrder("wird", "angenommen");

        AnalyzedArticle relative = analyse("Todor Kolarow, dessen Behörde für die Konfiszierung zuständig ist, sagte, das Vermögen werde beschlagnahmt.");
        assertThat(doc(relative, only(relative).speaker())).isEqualTo("Todor Kolarow");

        AnalyzedArticle prefield = analyse("In der Debatte um alternative Energieträger, die seit Wochen geführt wird, hat Staatssekretär Matthias Berninger gefordert, größere Tankstellen zu verpflichten.");
        assertThat(doc(prefield, only(prefield).speaker())).isEqualTo("Staatssekretär Matthias Berninger");

        AnalyzedArticle particle = analyse("Von der Leyen betonte, unter den Verkäuferinnen seien viele Frauen.");
        assertThat(doc(particle, only(particle).speaker())).isEqualTo("Von der Leyen");

        AnalyzedArticle wie = analyse("Wie der Vorsitzende Richter, Ottmar Breidling, ausführte, hätte es ein Blutbad gegeben.");
        assertThat(doc(wie, only(wie).speaker())).isEqualTo("der Vorsitzende Richter, Ottmar Breidling");
    }

    @Test
    void cueSpansFollowTheVerbsFrame() {
        AnalyzedArticle adverb = analyse("Steinbrück verwies darauf, dass der Haushalt verfassungskonform sei.");
        Quote q = only(adverb);
        assertThat(q.cue()).extracting(adverb::text).containsExactlyInAnyOrder("verwies", "darauf");
        assertThat(parts(adverb, q)).containsExactly("dass der Haushalt verfassungskonform sei");

        AnalyzedArticle heisst = analyse("In einer Erklärung der Außenminister hatte es geheißen: „Es gibt keine militärische Lösung.“");
        assertThat(only(heisst).cue()).extracting(heisst::text).containsExactlyInAnyOrder("hatte", "es", "geheißen");

        AnalyzedArticle after = analyse("Die Bundesregierung hatte den Bericht am Montag als „falsch“ zurückgewiesen.");
        q = only(after);
        assertThat(doc(after, q.speaker())).isEqualTo("Die Bundesregierung");
        assertThat(q.cue()).extracting(after::text).contains("hatte", "zurückgewiesen");
    }

    @Test
    void theAuxiliaryOfAMisreadParticipleBelongsToTheCue() {
        AnalyzedArticle worden = analyse("Am Vormittag war berichtet worden, dass die Fähre wegen des Sturms im Hafen bleibt.");
        assertThat(only(worden).cue()).extracting(worden::text).containsExactlyInAnyOrder("war", "berichtet", "worden");

        AnalyzedArticle apposition = analyse("Vor einer Woche hatte ein Sprecher der Stadtwerke, Michael Schulte, erklärt, die Leitungen würden im Herbst erneuert.");
        Quote q = only(apposition);
        assertThat(q.cue()).extracting(apposition::text).containsExactlyInAnyOrder("hatte", "erklärt");
        assertThat(parts(apposition, q)).containsExactly("die Leitungen würden im Herbst erneuert");
    }

    @Test
    void opinionPhrasesAndModalsAreWholeCues() {
        AnalyzedArticle meinung = analyse("Pressesprecher Steven McNamara ist der Meinung, die Idee sei falsch.");
        Quote q = only(meinung);
        assertThat(q.cue()).extracting(meinung::text).containsExactly("ist", "der", "Meinung");
        assertThat(doc(meinung, q.speaker())).isEqualTo("Pressesprecher Steven McNamara");
        assertThat(parts(meinung, q)).containsExactly("die Idee sei falsch");

        AnalyzedArticle halten = analyse("Der Präsident hält es für möglich, dass die Bank wächst.");
        assertThat(only(halten).cue()).extracting(halten::text).containsExactly("hält", "es", "für", "möglich");

        AnalyzedArticle ergebnis = analyse("Die Gutachter kamen zu dem Ergebnis, dass die Brücke saniert werden muss.");
        q = only(ergebnis);
        assertThat(q.cue()).extracting(ergebnis::text).containsExactly("kamen", "zu", "dem", "Ergebnis");
        assertThat(doc(ergebnis, q.speaker())).isEqualTo("Die Gutachter");

        AnalyzedArticle quoted = analyse("Die Kommission kam damit zu dem Ergebnis, „dass die Vorwürfe nicht belegt werden können.“");
        q = only(quoted);
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(q.cue()).extracting(quoted::text).containsExactly("kam", "zu", "dem", "Ergebnis");

        AnalyzedArticle modal = analyse("Auch auf Nachfrage musste er betonen, dass es kaum Informationen gebe.");
        q = only(modal);
        assertThat(q.cue()).extracting(modal::text).containsExactlyInAnyOrder("musste", "betonen");
        assertThat(doc(modal, q.speaker())).isEqualTo("er");
    }

    @Test
    void aPartialQuoteInsideAStatementSharesItsSpeaker() {
        AnalyzedArticle doc = analyse("Der Verteidiger hatte betont, der Angeklagte sei weder „dissozial“ noch gefährlich.");
        assertThat(doc.quotes()).hasSize(2);
        Quote direct = doc.quotes().stream().filter(q -> q.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(parts(doc, direct)).containsExactly("„dissozial“");
        assertThat(doc(doc, direct.speaker())).isEqualTo("Der Verteidiger");

        AnalyzedArticle object = analyse("Die Organisation verlangte eine Untersuchung der „schockierenden Szenen der Gewalt“.");
        assertThat(object.quotes()).extracting(Quote::type).containsExactlyInAnyOrder(QuoteType.INDIRECT, QuoteType.DIRECT);
        Quote indirect = object.quotes().stream().filter(q -> q.type() == QuoteType.INDIRECT).findFirst().orElseThrow();
        assertThat(parts(object, indirect)).containsExactly("eine Untersuchung der „schockierenden Szenen der Gewalt“");
        assertThat(doc(object, indirect.speaker())).isEqualTo("Die Organisation");
    }

    @Test
    void aPartialQuoteInsideASourcedStatementSharesItsCue() {
        AnalyzedArticle nach = analyse("Nach Angaben des Verbandes seien die Preise zuletzt „deutlich zu hoch angesetzt“ worden.");
        Quote direct = nach.quotes().stream().filter(q -> q.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(parts(nach, direct)).containsExactly("„deutlich zu hoch angesetzt“");
        assertThat(doc(nach, direct.speaker())).isEqualTo("Angaben des Verbandes");
        assertThat(direct.cue()).extracting(nach::text).containsExactly("Nach");

        AnalyzedArticle so = analyse("Der Entwurf sei „mit heißer Nadel gestrickt“ worden, so der Sprecher.");
        direct = so.quotes().stream().filter(q -> q.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(doc(so, direct.speaker())).isEqualTo("der Sprecher");
        assertThat(direct.cue()).extracting(so::text).containsExactly("so");
    }

    @Test
    void theOneQuotedIsTheSpeaker() {
        AnalyzedArticle cited = analyse("Ein Fernsehsender zitierte Papandreou mit den Worten: „Wir bleiben im Amt.“");
        Quote q = only(cited);
        assertThat(doc(cited, q.speaker())).isEqualTo("Papandreou");
        assertThat(q.cue()).extracting(cited::text).containsExactly("zitierte", "mit", "den", "Worten");

        AnalyzedArticle passive = analyse("„Das ist gut für das Land“, wird der Minister im Fachblatt zitiert.");
        assertThat(doc(passive, only(passive).speaker())).isEqualTo("der Minister");

        AnalyzedArticle words = analyse("Der Minister wird mit den Worten zitiert, die Lage sei ernst.");
        q = only(words);
        assertThat(q.cue()).extracting(words::text).containsExactlyInAnyOrder("wird", "mit", "den", "Worten", "zitiert");
        assertThat(doc(words, q.speaker())).isEqualTo("Der Minister");

        AnalyzedArticle literal = analyse("Koppelin wörtlich: „Das ist falsch.“");
        q = only(literal);
        assertThat(doc(literal, q.speaker())).isEqualTo("Koppelin");
        assertThat(q.cue()).extracting(literal::text).containsExactly("wörtlich");
    }

    @Test
    void aDemonstrativeFramePointsBackToTheSentenceBefore() {
        AnalyzedArticle doc = analyse("Die Freien Demokraten schließen eine Ampelkoalition aus. Dies bestätigte der Parteivorsitzende Guido Westerwelle am Abend.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("Die Freien Demokraten schließen eine Ampelkoalition aus.", "Dies");
        assertThat(doc(doc, q.speaker())).isEqualTo("der Parteivorsitzende Guido Westerwelle");
        assertThat(q.cue()).extracting(doc::text).containsExactly("bestätigte");

        AnalyzedArticle plain = analyse("Das Wetter war schön. Das Spiel begann pünktlich.");
        assertThat(plain.quotes()).isEmpty();
    }

    @Test
    void theSubjectBeforeTheFirstFiniteVerbWhenTheTaggerMisreadsTheFrame() {
        // participles read as finite verbs ("untersucht", "bestätigt"): the phrase before the auxiliary is the subject
        AnalyzedArticle coordinated = analyse("Fachleute der Wasserbehörde haben die Proben untersucht und am Freitag bestätigt, dass das Trinkwasser verunreinigt sei.");
        assertThat(doc(coordinated, only(coordinated).speaker())).isEqualTo("Fachleute der Wasserbehörde");

        AnalyzedArticle bereit = analyse("Markus Berger hat sich überraschend bereit erklärt, auf den Vorsitz zu verzichten.");
        assertThat(doc(bereit, only(bereit).speaker())).isEqualTo("Markus Berger");

        // a main clause after a comma: its own subject, not the first clause's
        AnalyzedArticle second = analyse("Die Gründung des Rates wird von den Verbänden positiv gesehen, die Stiftung bezweifelt aber, dass er viel bewirken werde.");
        assertThat(doc(second, only(second).speaker())).isEqualTo("die Stiftung");
    }

    @Test
    void aContinuationWithNoStatementBeforeTakesTheSubjectOfTheSentenceBefore() {
        AnalyzedArticle police = analyse("Die Kriminalpolizei bittet um Hinweise aus der Bevölkerung. Der Täter sei etwa 30 Jahre alt und trage eine dunkle Jacke.");
        Quote q = only(police);
        assertThat(q.type()).isEqualTo(QuoteType.FREE_INDIRECT);
        assertThat(doc(police, q.speaker())).isEqualTo("Die Kriminalpolizei");

        // a subject that cannot speak is no speaker
        AnalyzedArticle protests = analyse("Die Proteste weiteten sich am Abend auf die Vororte aus. Mehrere Geschäfte seien dabei beschädigt worden.");
        assertThat(only(protests).speaker()).isNull();
    }

    @Test
    void aTitleBeforeANameTaggedAsNounCanSpeak() {
        // "Rektor Hahn": two capitalised nouns without article are a title and a name, whatever the tagger says
        AnalyzedArticle rector = analyse("Rektor Hahn sieht dem Verfahren gelassen entgegen. Man habe alle Vorschriften stets eingehalten.");
        assertThat(doc(rector, only(rector).speaker())).isEqualTo("Rektor Hahn");

        // an inflected noun after an adjective read as noun is no name
        AnalyzedArticle problems = analyse("Besondere Probleme traten beim Transport der Güter auf. Auch sei die Dokumentation unvollständig gewesen.");
        assertThat(only(problems).speaker()).isNull();
    }

    @Test
    void aDateOrGegenueberInThePrefieldIsNoSpeaker() {
        AnalyzedArticle date = analyse("Ende März kündigte der Mieterverein an, dass er gegen die Erhöhung klagen werde.");
        assertThat(doc(date, only(date).speaker())).isEqualTo("der Mieterverein");
        AnalyzedArticle towards = analyse("Gegenüber Radio Bremen berichtete Paul Lenz davon, dass die Halle seit Wochen leer stehe.");
        assertThat(doc(towards, only(towards).speaker())).isEqualTo("Paul Lenz");
        AnalyzedArticle further = analyse("Des Weiteren verwies Paul Lenz darauf, dass die Halle seit Wochen leer stehe.");
        assertThat(doc(further, only(further).speaker())).isEqualTo("Paul Lenz");
    }

    @Test
    void aCoordinatedVerbSharesTheSubjectAfterTheFirstVerb() {
        AnalyzedArticle doc = analyse("Im Mai legte der Kantor sein Amt nieder und verkündete, sich künftig ganz der Komposition widmen zu wollen.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("der Kantor");
    }

    @Test
    void anObjectInThePrefieldIsNoSpeaker() {
        AnalyzedArticle doc = analyse("Den Anwohnern versicherte Bürgermeister Klaus Weber am Abend, dass die Straße bald wieder geöffnet werde.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Bürgermeister Klaus Weber");
    }

    @Test
    void longAppositionsBelongToTheSpeaker() {
        AnalyzedArticle after = analyse("Das sei ein Fehler, sagte Ursula Berger, die Leiterin der Kölner Fachstelle für Suchtvorbeugung.");
        assertThat(doc(after, only(after).speaker())).isEqualTo("Ursula Berger, die Leiterin der Kölner Fachstelle für Suchtvorbeugung");

        // an apposition running up to the verb of a "wie" clause keeps "Wie" in the cue
        AnalyzedArticle wie = analyse("Wie Peter Neumann, ein Sprecher der Berufsfeuerwehr (BF) der Presse mitteilte, seien drei Häuser beschädigt worden.");
        Quote q = only(wie);
        assertThat(doc(wie, q.speaker())).startsWith("Peter Neumann, ein Sprecher der Berufsfeuerwehr (BF)");
        assertThat(q.cue()).extracting(wie::text).containsExactly("Wie", "mitteilte");
    }

    @Test
    void aGenitiveWithoutArticleBelongsToTheSource() {
        AnalyzedArticle doc = analyse("Nach Angaben libanesischer Sicherheitskreise seien bei dem Anschlag vier Menschen getötet worden.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Angaben libanesischer Sicherheitskreise");
    }

    @Test
    void aPassiveWithoutAgentSpeaksThroughItsDocument() {
        AnalyzedArticle doc = analyse("In einem Bericht der Lokalzeitung wurde vermutet, dass das Feuer absichtlich gelegt worden sei.");
        Quote q = only(doc);
        assertThat(doc(doc, q.speaker())).isEqualTo("einem Bericht der Lokalzeitung");
        assertThat(q.cue()).extracting(doc::text).containsExactlyInAnyOrder("wurde", "vermutet");
    }

    @Test
    void theSubjectOfAVerbFinalSubordinateClause() {
        AnalyzedArticle weil = analyse("Die Entscheidung steht noch aus, weil die Partei angekündigt hatte, mit allen Fraktionen verhandeln zu wollen.");
        Quote q = only(weil);
        assertThat(doc(weil, q.speaker())).isEqualTo("die Partei");
        assertThat(q.cue()).extracting(weil::text).containsExactlyInAnyOrder("angekündigt", "hatte");

        AnalyzedArticle nachdem = analyse("Nachdem Bürgermeister Klaus Weber angekündigt hatte, die Straße zu sanieren, protestierten die Anwohner.");
        assertThat(doc(nachdem, only(nachdem).speaker())).isEqualTo("Bürgermeister Klaus Weber");
    }

    @Test
    void verbsOfAgreeingAndDecidingOpenAStatement() {
        AnalyzedArticle einig = analyse("Die beiden Verbände einigten sich darauf, die Gespräche im Herbst fortzusetzen.");
        Quote q = only(einig);
        assertThat(q.cue()).extracting(einig::text).containsExactly("einigten", "sich", "darauf");
        assertThat(doc(einig, q.speaker())).isEqualTo("Die beiden Verbände");
        assertThat(parts(einig, q)).containsExactly("die Gespräche im Herbst fortzusetzen");

        AnalyzedArticle vereinbart = analyse("Die Stadtwerke haben vereinbart, dass die Preise bis zum Jahresende stabil bleiben.");
        Quote v = only(vereinbart);
        assertThat(v.cue()).extracting(vereinbart::text).containsExactlyInAnyOrder("haben", "vereinbart");
        assertThat(doc(vereinbart, v.speaker())).isEqualTo("Die Stadtwerke");

        AnalyzedArticle entschloss = analyse("Der Vorstand entschloss sich, das Werk in Bremen zu schließen.");
        assertThat(only(entschloss).cue()).extracting(entschloss::text).containsExactly("entschloss", "sich");
    }

    @Test
    void verbsOfRegrettingAndFindingOutOpenAStatement() {
        AnalyzedArticle regret = analyse("Die Gewerkschaft bedauerte, dass die Verhandlungen gescheitert seien.");
        Quote q = only(regret);
        assertThat(q.cue()).extracting(regret::text).containsExactly("bedauerte");
        assertThat(doc(regret, q.speaker())).isEqualTo("Die Gewerkschaft");

        AnalyzedArticle found = analyse("Die Forscher fanden heraus, dass die Bienen auf Farben reagieren.");
        assertThat(only(found).cue()).extracting(found::text).containsExactly("fanden", "heraus");

        AnalyzedArticle intent = analyse("Der Konzern beabsichtigt, im Frühjahr ein neues Werk in Sachsen zu eröffnen.");
        Quote i = only(intent);
        assertThat(i.cue()).extracting(intent::text).containsExactly("beabsichtigt");
        assertThat(parts(intent, i)).containsExactly("im Frühjahr ein neues Werk in Sachsen zu eröffnen");

        AnalyzedArticle mention = analyse("Die Sprecherin erwähnte, dass der Vertrag bereits unterschrieben sei.");
        assertThat(only(mention).cue()).extracting(mention::text).containsExactly("erwähnte");

        AnalyzedArticle computed = analyse("Der Rechnungshof errechnete, dass die Sanierung zwölf Millionen Euro kosten werde.");
        Quote c = only(computed);
        assertThat(c.cue()).extracting(computed::text).containsExactly("errechnete");
        assertThat(doc(computed, c.speaker())).isEqualTo("Der Rechnungshof");
    }

    @Test
    void aSpeechActNounWithItsVerbIsOneCue() {
        AnalyzedArticle order = analyse("Der Kommandant erteilte den Befehl, die Brücke zu räumen.");
        Quote q = only(order);
        assertThat(q.cue()).extracting(order::text).containsExactly("erteilte", "den", "Befehl");
        assertThat(doc(order, q.speaker())).isEqualTo("Der Kommandant");
        assertThat(parts(order, q)).containsExactly("die Brücke zu räumen");

        AnalyzedArticle suspicion = analyse("Die Ermittler hegen den Verdacht, dass der Brand gelegt wurde.");
        assertThat(only(suspicion).cue()).extracting(suspicion::text).containsExactly("hegen", "den", "Verdacht");

        // without a clause or zu-infinitive the phrase makes no statement
        assertThat(analyse("Der Kommandant erteilte den Befehl zum Rückzug.").quotes()).isEmpty();
    }

    @Test
    void theAdjectiveOfAShownStanceBelongsToTheCue() {
        AnalyzedArticle pleased = analyse("Die Ministerin zeigte sich zufrieden, dass die Verhandlungen abgeschlossen seien.");
        Quote q = only(pleased);
        assertThat(q.cue()).extracting(pleased::text).containsExactly("zeigte", "sich", "zufrieden");
        assertThat(doc(pleased, q.speaker())).isEqualTo("Die Ministerin");

        AnalyzedArticle worried = analyse("Der Verband zeigte sich darüber besorgt, dass die Preise weiter steigen.");
        assertThat(only(worried).cue()).extracting(worried::text).containsExactly("zeigte", "sich", "darüber", "besorgt");
    }

    @Test
    void anAppositionAfterTheNameBelongsToTheSource() {
        AnalyzedArticle doc = analyse("Nach Meinung von Anna Schmidt, Professorin an der Universität Bonn, könnte der Komet die Erde verfehlen.");
        Quote q = only(doc);
        assertThat(doc(doc, q.speaker())).isEqualTo("Meinung von Anna Schmidt, Professorin an der Universität Bonn");
        assertThat(q.parts()).extracting(doc::text).containsExactly("könnte der Komet die Erde verfehlen");
    }

    @Test
    void aSecondTitleJoinedByUndContinuesTheApposition() {
        AnalyzedArticle doc = analyse("Die Lage sei unter Kontrolle, sagte Hans Berger, kanadischer Oberst und Leiter der Mission am Dienstag.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Hans Berger, kanadischer Oberst und Leiter der Mission");
    }

    @Test
    void aFocusParticleBeforeTheSubjectIsNoPartOfIt() {
        AnalyzedArticle doc = analyse("Einzig Siemens gab bekannt, für die neue Anlage ein Update anbieten zu wollen.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Siemens");

        // "besonders" or "vor allem" before the subject in the prefield
        AnalyzedArticle besonders = analyse("Besonders die Anwohner beklagten, der Lärm sei unerträglich.");
        assertThat(doc(besonders, only(besonders).speaker())).isEqualTo("die Anwohner");
        AnalyzedArticle vorAllem = analyse("Vor allem die Opposition kritisierte, dass die Regierung zu spät reagiert habe.");
        assertThat(doc(vorAllem, only(vorAllem).speaker())).isEqualTo("die Opposition");
    }

    @Test
    void aNominalisedAdjectiveWithGenitiveIsTheSubject() {
        AnalyzedArticle doc = analyse("Vertraute des Ministers berichteten, dass er häufig gereist sei.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Vertraute des Ministers");
    }

    @Test
    void anAppositionBeforeADatedPhraseBelongsToTheSpeaker() {
        AnalyzedArticle doc = analyse("„Das Ergebnis ist gut“, sagte Hans Berger, der Leiter der Schule am Montag.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Hans Berger, der Leiter der Schule");
    }

    @Test
    void aDemonstrativeBeforeAReportingVerbPointsBackToTheSentenceBefore() {
        // "berichten" reports a whole sentence with a noun-phrase object; "Das" as that object points back instead
        AnalyzedArticle present = analyse("Im Hafen wurden am Morgen zwei Wale gesichtet. Das berichtet die Küstenwache.");
        Quote q = only(present);
        assertThat(q.cue()).extracting(present::text).containsExactly("berichtet");
        assertThat(doc(present, q.speaker())).isEqualTo("die Küstenwache");
        assertThat(parts(present, q)).containsExactly("Im Hafen wurden am Morgen zwei Wale gesichtet.", "Das");

        // "berichtete" read as an adjective: a stem in -t takes "-ete"
        AnalyzedArticle past = analyse("Im Hafen wurden am Morgen zwei Wale gesichtet. Das berichtete die Küstenwache.");
        assertThat(only(past).cue()).extracting(past::text).containsExactly("berichtete");
    }

    @Test
    void aLongZuInfinitiveAfterTheFrameIsTheStatement() {
        AnalyzedArticle doc = analyse("Die Stadtverwaltung hat angekündigt, im Laufe des kommenden Jahres die marode Brücke über den Fluss "
                + "am Rande der Altstadt vollständig abzureißen.");
        Quote q = only(doc);
        assertThat(q.cue()).extracting(doc::text).containsExactly("hat", "angekündigt");
        assertThat(parts(doc, q)).containsExactly("im Laufe des kommenden Jahres die marode Brücke über den Fluss am Rande der Altstadt "
                + "vollständig abzureißen");
    }

    @Test
    void aWieClauseWithAPluralVerbAtTheEndOrWithoutComma() {
        AnalyzedArticle end = analyse("In den Nachbarländern ist die Miliz weiterhin aktiv, wie Menschenrechtsorganisationen betonen.");
        Quote q = only(end);
        assertThat(q.cue()).extracting(end::text).containsExactly("wie", "betonen");
        assertThat(parts(end, q)).containsExactly("In den Nachbarländern ist die Miliz weiterhin aktiv");

        AnalyzedArticle noComma = analyse("Wie die lokalen Fernsehsender berichten sind mindestens zwei Polizisten ums Leben gekommen.");
        q = only(noComma);
        assertThat(doc(noComma, q.speaker())).isEqualTo("die lokalen Fernsehsender");
        assertThat(parts(noComma, q)).containsExactly("sind mindestens zwei Polizisten ums Leben gekommen");
    }

    @Test
    void aVerblessPhraseAfterTheFrameDoesNotHideTheComplement() {
        AnalyzedArticle apposition = analyse("So sagte der zuständige Koordinator, Peter Maier, gegenüber der Zeitung, dass nur wenige Boote im Einsatz seien.");
        Quote q = only(apposition);
        assertThat(q.cue()).extracting(apposition::text).containsExactly("sagte");
        assertThat(parts(apposition, q)).containsExactly("dass nur wenige Boote im Einsatz seien");

        // a phrase with a relative clause after it opens the complement itself
        AnalyzedArticle relative = analyse("Weiterhin erklärte die Ministerin, in den Ländern, in denen Gebühren erhoben würden, sei die Zahl der Studenten gestiegen.");
        q = only(relative);
        assertThat(doc(relative, q.speaker())).isEqualTo("die Ministerin");
        assertThat(parts(relative, q)).containsExactly("in den Ländern, in denen Gebühren erhoben würden, sei die Zahl der Studenten gestiegen");
    }

    @Test
    void aSentenceResumesAfterAParentheticalSoFrame() {
        AnalyzedArticle doc = analyse("In etwa zehn Jahren, so schätzen die Forscher, soll die Arbeit an dem neuen Impfstoff abgeschlossen sein.");
        Quote q = only(doc);
        assertThat(q.cue()).extracting(doc::text).containsExactly("so", "schätzen");
        assertThat(doc(doc, q.speaker())).isEqualTo("die Forscher");
        assertThat(parts(doc, q)).containsExactly("In etwa zehn Jahren", "soll die Arbeit an dem neuen Impfstoff abgeschlossen sein");
    }

    @Test
    void aZuInfinitiveWithoutCommaAfterAParticipleCue() {
        AnalyzedArticle doc = analyse("Der Hersteller hat angekündigt die Preise für seine Lampen ab dem nächsten Monat zu erhöhen.");
        Quote q = only(doc);
        assertThat(q.cue()).extracting(doc::text).containsExactly("hat", "angekündigt");
        assertThat(parts(doc, q)).containsExactly("die Preise für seine Lampen ab dem nächsten Monat zu erhöhen");

        // the "zu" of the infinitive is not the preposition "auffordern" governs
        AnalyzedArticle passive = analyse("Wegen des starken Rauchs wurden die Anwohner aufgefordert Türen und Fenster geschlossen zu halten.");
        q = only(passive);
        assertThat(q.cue()).extracting(passive::text).containsExactly("wurden", "aufgefordert");
        assertThat(parts(passive, q)).containsExactly("Türen und Fenster geschlossen zu halten");
    }

    @Test
    void aPresentParticipleIsNoCueVerb() {
        assertThat(analyse("Die Forscherin Anna Berg hat entscheidend dazu beigetragen, dass sich die neue Methode durchsetzen konnte.").quotes())
                .isEmpty();
    }

    @Test
    void severalPartialQuotesInOneObjectMakeOneStatement() {
        AnalyzedArticle doc = analyse("Die Ministerin nannte den Plan einen „großen Fehler“ und einen „teuren Irrweg“.");
        assertThat(doc.quotes()).filteredOn(q -> q.type() == QuoteType.INDIRECT).hasSize(1);
        assertThat(doc.quotes()).filteredOn(q -> q.type() == QuoteType.DIRECT).hasSize(2);
    }

    @Test
    void aDemonstrativeAfterTheCommaPointsBackToTheClauseBefore() {
        AnalyzedArticle doc = analyse("Seit dem Frühjahr ist die Hauptkamera des Teleskops ausgefallen, das teilte das Institut am Dienstag mit.");
        Quote q = only(doc);
        assertThat(q.cue()).extracting(doc::text).containsExactly("teilte", "mit");
        assertThat(doc(doc, q.speaker())).isEqualTo("das Institut");
        assertThat(parts(doc, q)).containsExactly("Seit dem Frühjahr ist die Hauptkamera des Teleskops ausgefallen");
    }

    @Test
    void aClauseEndingInAQuoteBeforeAPostposedFrameIsAStatementToo() {
        AnalyzedArticle doc = analyse("Die Kosten seien „längst aus dem Ruder gelaufen“, sagte die Sprecherin.");
        assertThat(doc.quotes()).extracting(Quote::type).containsExactlyInAnyOrder(QuoteType.INDIRECT, QuoteType.DIRECT);
        Quote indirect = doc.quotes().stream().filter(q -> q.type() == QuoteType.INDIRECT).findFirst().orElseThrow();
        assertThat(parts(doc, indirect)).containsExactly("Die Kosten seien „längst aus dem Ruder gelaufen“");
        assertThat(doc(doc, indirect.speaker())).isEqualTo("die Sprecherin");
        assertThat(indirect.cue()).extracting(doc::text).containsExactly("sagte");

        // two partial quotes in the clause: both nest in it and share its speaker and cue
        AnalyzedArticle two = analyse("Die „neuen Regeln“ hätten „nichts als Ärger gebracht“, so der Gewerkschafter.");
        assertThat(two.quotes()).extracting(Quote::type).containsExactlyInAnyOrder(QuoteType.INDIRECT, QuoteType.DIRECT, QuoteType.DIRECT);
        for (Quote q : two.quotes()) {
            assertThat(doc(two, q.speaker())).isEqualTo("der Gewerkschafter");
            assertThat(q.cue()).extracting(two::text).containsExactly("so");
        }

        // a colon before the quote introduces it: the clause before is the narrator's
        AnalyzedArticle colon = analyse("Der Trainer war zufrieden: „Ein guter Anfang“, sagte er.");
        assertThat(colon.quotes()).extracting(Quote::type).containsExactly(QuoteType.DIRECT);
        // a conjunction alone before the quote is no clause of the narrator's
        AnalyzedArticle und = analyse("Und „das bleibt auch so“, sagte die Trainerin.");
        assertThat(und.quotes()).extracting(Quote::type).containsExactly(QuoteType.DIRECT);
    }

    @Test
    void aPartialQuoteInAContinuationTakesTheCueOfTheFrameItGoesBackTo() {
        AnalyzedArticle doc = analyse("Nach Angaben der Polizei wurde der Fahrer am Abend festgenommen. "
                + "Er sei zuvor mit hoher Geschwindigkeit gefahren. Zudem habe er sich „mit aller Kraft gewehrt“.");
        Quote direct = doc.quotes().stream().filter(q -> q.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(doc(doc, direct.speaker())).isEqualTo("Angaben der Polizei");
        assertThat(direct.cue()).extracting(doc::text).containsExactly("Nach");
        Quote free = doc.quotes().stream().filter(q -> q.type() == QuoteType.FREE_INDIRECT).findFirst().orElseThrow();
        assertThat(free.cue()).isEmpty();
    }

    /** Rules plus a judge that accepts every reported-speech candidate: candidates and their speakers without the model's decision. */
    static AnalyzedArticle analyseAcceptingAll(String text) {
        List<Section> sections = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+").matcher(text);
        while (m.find()) sections.add(new Section(SectionKind.PARAGRAPH, m.start(), m.end()));
        Article a = new Article("t", LocalDate.of(2025, 1, 1), "test", null, Dateline.NONE, text, sections, null, List.of());
        return new QuoteStage(SpeechCues.load(), c -> true).process(GermanPipeline.get().upTo(Layer.MORPHOLOGY).analyze(a));
    }

    @Test
    void theFreeMainClauseBeforeAnotherStatementIsAReportedCandidate() {
        AnalyzedArticle doc = analyseAcceptingAll("Der Stadtrat stufte den Plan als rechtswidrig ein, und der Bürgermeister sagte, er werde klagen.");
        assertThat(doc.quotes()).anySatisfy(q -> {
            assertThat(q.type()).isEqualTo(QuoteType.REPORTED);
            assertThat(parts(doc, q)).containsExactly("Der Stadtrat stufte den Plan als rechtswidrig ein");
            assertThat(doc(doc, q.speaker())).isEqualTo("Der Stadtrat");
        });
        assertThat(doc.quotes()).anySatisfy(q -> assertThat(parts(doc, q)).containsExactly("er werde klagen"));
    }

    @Test
    void theSpeakerOfAJudgedSentenceIsNoDateObjectOrGovernedPhrase() {
        String[][] cases = {
                {"Den Umsatz des Konzerns beziffert die Zeitung auf zwei Milliarden Euro.", "die Zeitung"},
                {"2019 hatte der Verband eine Klage angekündigt.", "der Verband"},
                {"Die Reform des Rentensystems verglich Schulz mit einem Raubzug.", "Schulz"},
                {"Bei der Versammlung sprach Peter Krause von einem Neuanfang.", "Peter Krause"},
                {"Sowohl die Gewerkschaft als auch der Arbeitgeberverband lehnten den Vorschlag ab.",
                        "Sowohl die Gewerkschaft als auch der Arbeitgeberverband"}};
        List<String> expected = new ArrayList<>(), found = new ArrayList<>();
        for (String[] c : cases) {
            AnalyzedArticle doc = analyseAcceptingAll(c[0]);
            expected.add("REPORTED " + c[1]);
            found.add(doc.quotes().stream().map(q -> q.type() + " " + doc(doc, q.speaker())).toList().toString().replaceAll("^\\[|\\]$", ""));
        }
        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Test
    void aSourceOpeningTheSentenceRunsOnToTheFiniteVerb() {
        AnalyzedArticle doc = analyse("Nach Angaben der Nachrichtenagenturen dpa und Reuters brannten am Abend mehrere Lagerhallen.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Angaben der Nachrichtenagenturen dpa und Reuters");
        AnalyzedArticle place = analyse("Laut dem Wetterdienst in Offenbach fiel in der Nacht ein Meter Schnee.");
        assertThat(doc(place, only(place).speaker())).isEqualTo("dem Wetterdienst in Offenbach");
    }

    @Test
    void aTruncatedCompoundWithItsCompletionIsOneWord() {
        AnalyzedArticle doc = analyse("Die Werte seien unbedenklich, sagte ein Sprecher der Bundesanstalt für Boden- und Wasserschutz am Montag.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("ein Sprecher der Bundesanstalt für Boden- und Wasserschutz");
    }

    @Test
    void anAdverbInAWieClauseIsNoSpeaker() {
        AnalyzedArticle doc = analyse("Wie gestern bekannt wurde, ist der alte Bahnhof der Stadt geschlossen worden.");
        assertThat(only(doc).speaker()).isNull();
    }

    @Test
    void aNumberWordAfterTheSourceStartsTheNextPhrase() {
        AnalyzedArticle doc = analyse("Bei dem Unfall sind laut Polizei zwei deutsche Touristen schwer verletzt worden.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Polizei");
    }

    @Test
    void theSourceBeforeZufolgeKeepsItsPlaceAndPossessive() {
        AnalyzedArticle doc = analyse("Den Behörden in Kiel zufolge wurde die Brücke über den Kanal am Abend gesperrt.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Den Behörden in Kiel");
        AnalyzedArticle own = analyse("Seiner Darstellung zufolge war der Wagen viel zu schnell gefahren.");
        assertThat(doc(own, only(own).speaker())).isEqualTo("Seiner Darstellung");
    }

    @Test
    void aTitleEndingTheSentenceAfterSoBelongsToTheSource() {
        AnalyzedArticle doc = analyse("Die Mieten würden weiter steigen, so Anna Weber, Leiterin der Abteilung Regionale Planung bei der Stadt.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Anna Weber, Leiterin der Abteilung Regionale Planung bei der Stadt");
    }

    @Test
    void aCapitalisedQuoteAfterTheGovernedPrepositionIsWhatTheSpeakerCalledIt() {
        AnalyzedArticle doc = analyse("Die Ministerin bezeichnete den neuen Fahrplan als „Wortbruch“.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(q.cue()).extracting(doc::text).containsExactly("bezeichnete", "als");
        assertThat(parts(doc, q)).containsExactly("„Wortbruch“");

        // the second object of "nennen"
        AnalyzedArticle nennen = analyse("Der Vorsitzende nannte den Bericht der Kommission eine „Zeitungsente“.");
        assertThat(nennen.quotes()).filteredOn(x -> x.type() == QuoteType.DIRECT)
                .singleElement().satisfies(x -> assertThat(x.cue()).extracting(nennen::text).containsExactly("nannte"));

        // a term introduced with "man" and a preposition the verb does not govern stay names
        assertThat(analyse("Diesen Vorgang nennt man einen „Aktiensplit“.").quotes()).isEmpty();
        assertThat(analyse("Die Garden sprachen von dem General als „Märtyrer“.").quotes())
                .noneMatch(x -> x.type() == QuoteType.DIRECT);
    }

    @Test
    void aWieClauseWithAParticipleBeforeItsAuxiliaryOrAVerbOfEvidence() {
        AnalyzedArticle doc = analyse("Wie die Stadtverwaltung am Abend bekanntgegeben hat, bleibt das Hallenbad bis zum Frühjahr geschlossen.");
        Quote q = only(doc);
        assertThat(q.cue()).extracting(doc::text).containsExactly("Wie", "bekanntgegeben", "hat");
        assertThat(parts(doc, q)).containsExactly("bleibt das Hallenbad bis zum Frühjahr geschlossen");

        AnalyzedArticle evidence = analyse("Wie eine Umfrage unter Lehrern ergab, fühlen sich viele Schulen schlecht ausgestattet.");
        q = only(evidence);
        assertThat(q.cue()).extracting(evidence::text).containsExactly("Wie", "ergab");
        assertThat(parts(evidence, q)).containsExactly("fühlen sich viele Schulen schlecht ausgestattet");

        // naming is no source
        assertThat(analyse("Der Bahnhof, wie das Gebäude im Ort genannt wird, steht leer.").quotes()).isEmpty();

        // a conjunction before "wie" links the sentence and is no part of the statement
        AnalyzedArticle linked = analyse("Denn wie die Zeitung am Montag berichtete, muss die Brücke bis zum Herbst gesperrt bleiben.");
        q = only(linked);
        assertThat(q.cue()).extracting(linked::text).containsExactly("wie", "berichtete");
        assertThat(parts(linked, q)).containsExactly("muss die Brücke bis zum Herbst gesperrt bleiben");
    }

    @Test
    void aDemonstrativeBeforeHervorgehenPointsBackToTheSentenceBefore() {
        AnalyzedArticle doc = analyse("Der Konzern will im nächsten Jahr zwei Werke schließen. Dies geht aus einer Mitteilung des Vorstands hervor, die am Montag verschickt wurde.");
        Quote q = only(doc);
        assertThat(q.cue()).extracting(doc::text).containsExactly("geht", "hervor");
        assertThat(doc(doc, q.speaker())).isEqualTo("einer Mitteilung des Vorstands");
        assertThat(parts(doc, q)).containsExactly("Der Konzern will im nächsten Jahr zwei Werke schließen.", "Dies");
    }

    @Test
    void wordsMisreadAsSubjunctiveVerbsMakeNoContinuation() {
        // "lange" read as "langen", a noun opening the sentence read as "teilen"
        for (String next : new String[]{"Das Dorf wartete noch lange auf den Bau.", "Teile der Straße blieben gesperrt."}) {
            AnalyzedArticle doc = analyse("Die Ministerin sagte, die Brücke werde im Herbst eröffnet. " + next);
            assertThat(doc.quotes()).as(next).extracting(Quote::type).containsExactly(QuoteType.INDIRECT);
        }
    }

    @Test
    void aClaimWithSollenAndAVerbOfStateContinuesTheStatementOfItsParagraph() {
        AnalyzedArticle doc = analyse("Die Polizei teilte mit, der Fahrer sei geflohen. Das Auto stand am Straßenrand. "
                + "Bei dem Fahrer soll es sich um einen Bekannten des Besitzers handeln.");
        Quote free = doc.quotes().stream().filter(q -> q.type() == QuoteType.FREE_INDIRECT).findFirst().orElseThrow();
        assertThat(parts(doc, free)).containsExactly("Bei dem Fahrer soll es sich um einen Bekannten des Besitzers handeln.");
        assertThat(doc(doc, free.speaker())).isEqualTo("Die Polizei");
        // a plan is no claim
        AnalyzedArticle plan = analyse("Die Polizei teilte mit, der Fahrer sei geflohen. Das Auto stand am Straßenrand. "
                + "Die Straße soll morgen gesperrt werden.");
        assertThat(plan.quotes()).extracting(Quote::type).containsExactly(QuoteType.INDIRECT);
    }

    @Test
    void aSentenceSayingIchContinuesNoStatement() {
        AnalyzedArticle doc = analyse("Der Regisseur sagte, der Film sei fast fertig. Ich war im Sommer in Wien und habe ihn drehen sehen.");
        assertThat(doc.quotes()).extracting(Quote::type).containsExactly(QuoteType.INDIRECT);
    }

    @Test
    void aFullVerbInSubjunctiveTwoContinuesTheStatement() {
        AnalyzedArticle doc = analyse("Der Arzt sagte, das Krankenhaus sei überfüllt. Für jede Station stünden nur zwei Pfleger bereit.");
        Quote free = doc.quotes().stream().filter(q -> q.type() == QuoteType.FREE_INDIRECT).findFirst().orElseThrow();
        assertThat(parts(doc, free)).containsExactly("Für jede Station stünden nur zwei Pfleger bereit.");
        assertThat(doc(doc, free.speaker())).isEqualTo("Der Arzt");
    }

    @Test
    void theNameAfterATitleEndsTheSpeakerAlsoWhenReadAsANoun() {
        AnalyzedArticle doc = analyse("„Die Saison beginnt im Mai“, sagte der Trainer des Vereins, Lukas Koch.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("der Trainer des Vereins, Lukas Koch");
        // the clause after the name is the statement, not a further apposition
        AnalyzedArticle clause = analyse("In einem Gespräch erklärte der Leiter der Behörde, Karl Hansen, die Firma besitze keine Genehmigung.");
        assertThat(parts(clause, only(clause))).containsExactly("die Firma besitze keine Genehmigung");
        assertThat(doc(clause, only(clause).speaker())).isEqualTo("der Leiter der Behörde, Karl Hansen");
    }

    @Test
    void anAppositionFollowsANameWhoseSurnameIsReadAsANoun() {
        AnalyzedArticle doc = analyse("„Der Pegel sinkt“, erklärte Jonas Sommer, Leiter des Hafenamtes.");
        assertThat(doc(doc, only(doc).speaker())).isEqualTo("Jonas Sommer, Leiter des Hafenamtes");
    }

    @Test
    void nachWithADocumentNounNamesASource() {
        AnalyzedArticle papier = analyse("Nach einem internen Strategiepapier des Ministeriums sollen bis zum Sommer zwanzig Filialen schließen.");
        Quote q = only(papier);
        assertThat(doc(papier, q.speaker())).isEqualTo("einem internen Strategiepapier des Ministeriums");
        assertThat(q.cue()).extracting(papier::text).contains("Nach");

        AnalyzedArticle plan = analyse("Nach einem Plan der Stadtverwaltung soll die Brücke im Herbst abgerissen werden.");
        q = only(plan);
        assertThat(doc(plan, q.speaker())).isEqualTo("einem Plan der Stadtverwaltung");

        AnalyzedArticle bekunden = analyse("Nach eigenem Bekunden hatte der Trainer von dem Wechsel nichts gewusst.");
        q = only(bekunden);
        assertThat(q.cue()).extracting(bekunden::text).contains("Nach");
    }

    @Test
    void theAuxiliaryIsFoundAcrossAnAttributiveParticipleReadAsFiniteVerb() {
        AnalyzedArticle doc = analyse("Die Ministerin hat in einer am Dienstag veröffentlichten Erklärung angekündigt, die Gebühren im nächsten Jahr zu senken.");
        Quote q = only(doc);
        assertThat(q.cue()).extracting(doc::text).contains("hat", "angekündigt");
        assertThat(doc(doc, q.speaker())).isEqualTo("Die Ministerin");
    }

    @Test
    void theAuxiliaryIsFoundAcrossCoordinatedNounsAndParticiples() {
        AnalyzedArticle nouns = analyse("Die Ministerin hatte vor allem die Arbeit der Landes- und Bundesbehörden betont: „Wir brauchen mehr Personal.“");
        Quote q = only(nouns);
        assertThat(q.cue()).extracting(nouns::text).contains("hatte", "betont");

        AnalyzedArticle verbs = analyse("Die Gutachter haben die Brücke untersucht und gestern bestätigt, dass sie sicher sei.");
        q = only(verbs);
        assertThat(q.cue()).extracting(verbs::text).contains("haben", "bestätigt");
    }

    static String doc(AnalyzedArticle d, org.newsgraph.model.Mention m) {
        return m == null ? null : d.text(m);
    }

    @Test
    void heisstEsNamesTheDocumentAfterItOrBeforeARelativeClause() {
        AnalyzedArticle doc = analyse("„Sie haben sich um die Stadt verdient gemacht“, heißt es auf der Webseite des Vereins, der seit 1990 besteht.");
        assertThat(doc.text(only(doc).speaker())).isEqualTo("der Webseite des Vereins");
        doc = analyse("In dieser Resolution, die vom Rat angenommen wurde, heißt es, dass der Schutz der Küsten verbessert werden müsse.");
        assertThat(doc.text(only(doc).speaker())).isEqualTo("dieser Resolution");
        doc = analyse("So heißt es in der Mitteilung des Verbands wörtlich: „Die Saison wird verschoben.“");
        assertThat(doc.text(only(doc).speaker())).isEqualTo("der Mitteilung des Verbands");
    }

    @Test
    void aSubordinateFrameGivesItsSubject() {
        String[][] cases = {
                {"Während die Ministerin ankündigte, die Steuern zu senken, blieb die Opposition skeptisch.", "die Ministerin"},
                {"Die Bauern protestierten, da sie befürchten, viele Höfe könnten schließen.", "sie"},
                {"Der Streit begann, als der Trainer erklärte, die Mannschaft sei zu langsam.", "der Trainer"},
                {"Die Firma legte einen Bericht vor, in dem sie forderte, die Zölle zu senken.", "sie"},
                {"Die Stadt hat einen Brief geschickt, mit dem der Bürgermeister ankündigte, die Schule zu schließen.", "der Bürgermeister"},
                {"Die Entführer hinterließen einen Brief in dem sie verlangten, dass niemand die Polizei rufe.", "sie"}};
        for (String[] x : cases) {
            AnalyzedArticle doc = analyse(x[0]);
            Quote q = doc.quotes().stream().filter(c -> !c.cue().isEmpty()).findFirst().orElseThrow();
            assertThat(q.speaker()).as(x[0]).isNotNull();
            assertThat(doc.text(q.speaker())).as(x[0]).isEqualTo(x[1]);
        }
    }
    @Test
    void aSpeechActNounMayStandApartFromItsVerb() {
        String[][] cases = {
                // the subject and adverbials between verb and noun
                {"Am Montag fassten die Grünen auf ihrem Parteitag den Beschluss, Gespräche mit der SPD zu führen.",
                        "Gespräche mit der SPD zu führen", "die Grünen", "fassten", "den", "Beschluss"},
                // a dative object between them
                {"Die Ministerin erteilte der Feuerwehr den Befehl, das Gebäude zu räumen.",
                        "das Gebäude zu räumen", "Die Ministerin", "erteilte", "den", "Befehl"},
                // a comparison between verb and opinion noun
                {"Der Bürgermeister vertritt wie sein Vorgänger die Ansicht, dass die Brücke saniert werden muss.",
                        "dass die Brücke saniert werden muss", "Der Bürgermeister", "vertritt", "die", "Ansicht"},
                // the verb after its noun, with the auxiliary
                {"Der Verband hatte die Vorgabe gemacht, dass nur Mitglieder abstimmen dürfen.",
                        "dass nur Mitglieder abstimmen dürfen", "Der Verband", "hatte", "die", "Vorgabe", "gemacht"}};
        for (String[] x : cases) {
            AnalyzedArticle doc = analyse(x[0]);
            Quote q = only(doc);
            assertThat(q.type()).as(x[0]).isEqualTo(QuoteType.INDIRECT);
            assertThat(parts(doc, q)).as(x[0]).containsExactly(x[1]);
            assertThat(doc(doc, q.speaker())).as(x[0]).isEqualTo(x[2]);
            assertThat(q.cue()).extracting(doc::text).as(x[0]).containsExactlyInAnyOrder(java.util.Arrays.copyOfRange(x, 3, x.length));
        }
        // the noun object of a passive is no part of its agent
        AnalyzedArticle passive = analyse("Daraus wurde von Beobachtern der Schluss gezogen, die Regierung könnte bald zurücktreten.");
        Quote q = only(passive);
        assertThat(doc(passive, q.speaker())).isEqualTo("Beobachtern");
        assertThat(q.cue()).extracting(passive::text).containsExactlyInAnyOrder("wurde", "der", "Schluss", "gezogen");
        // an act noun with an object of its own states nothing
        assertThat(analyse("Der Graf erteilte im Jahre 2003 den Auftrag zur Errichtung der Kapelle.").quotes()).isEmpty();
    }
    @Test
    void aStatementNounFramesItsComplement() {
        String[][] cases = {
                {"Trotz der Ankündigung des Trainers, den Verein im Sommer zu verlassen, gewann die Mannschaft.",
                        "den Verein im Sommer zu verlassen", "des Trainers", "der", "Ankündigung"},
                {"Dem Appell der Feuerwehr, die Fenster geschlossen zu halten, folgten viele Anwohner nicht.",
                        "die Fenster geschlossen zu halten", "der Feuerwehr", "Dem", "Appell"},
                {"Bei der Durchsuchung wurden keine Belege für die Behauptung, dass der Bürgermeister bestochen worden war, gefunden.",
                        "dass der Bürgermeister bestochen worden war", null, "die", "Behauptung"}};
        for (String[] x : cases) {
            AnalyzedArticle doc = analyse(x[0]);
            Quote q = only(doc);
            assertThat(q.type()).as(x[0]).isEqualTo(QuoteType.INDIRECT);
            assertThat(parts(doc, q)).as(x[0]).containsExactly(x[1]);
            assertThat(doc(doc, q.speaker())).as(x[0]).isEqualTo(x[2]);
            assertThat(q.cue()).extracting(doc::text).as(x[0]).containsExactly(java.util.Arrays.copyOfRange(x, 3, x.length));
        }
        // a relative clause after the noun is no statement
        assertThat(analyse("Das war ein deutlicher Hinweis, auf den die Behörden nicht reagiert hätten.").quotes()).isEmpty();
    }
    @Test
    void aVerbThatOnlyStatesTheStatementNounJoinsItsCue() {
        AnalyzedArticle doc = analyse("Seit Jahren gab es Hinweise, dass die Firma ihre Abfälle illegal entsorgt hatte.");
        Quote q = only(doc);
        assertThat(parts(doc, q)).containsExactly("dass die Firma ihre Abfälle illegal entsorgt hatte");
        assertThat(q.cue()).extracting(doc::text).containsExactly("gab", "es", "Hinweise");
        doc = analyse("Aus allen Parteien kommen Aufrufe, an den Feiertagen für den Frieden zu demonstrieren.");
        q = only(doc);
        assertThat(parts(doc, q)).containsExactly("an den Feiertagen für den Frieden zu demonstrieren");
        assertThat(q.cue()).extracting(doc::text).containsExactly("kommen", "Aufrufe");
    }
    @Test
    void aZuInfinitiveAfterAnObjectWithItsRelativeClauseIsTheComplement() {
        AnalyzedArticle doc = analyse("Die Anwohner wurden im Radio dazu aufgerufen, Kinder, die einer Schule angehören, sofort abzuholen.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("Kinder, die einer Schule angehören, sofort abzuholen");
        assertThat(q.cue()).extracting(doc::text).containsExactlyInAnyOrder("wurden", "dazu", "aufgerufen");
    }
    @Test
    void opinionPhrasesWithTeilenAndTheParticipleAfterTheNoun() {
        AnalyzedArticle doc = analyse("Viele Bürger teilen die Meinung, die Stadt sei zu teuer geworden.");
        Quote q = only(doc);
        assertThat(parts(doc, q)).containsExactly("die Stadt sei zu teuer geworden");
        assertThat(q.cue()).extracting(doc::text).containsExactly("teilen", "die", "Meinung");
        assertThat(doc(doc, q.speaker())).isEqualTo("Viele Bürger");
        doc = analyse("Der Forscher hatte die These vertreten, das Klima habe sich schneller verändert.");
        q = only(doc);
        assertThat(parts(doc, q)).containsExactly("das Klima habe sich schneller verändert");
        assertThat(q.cue()).extracting(doc::text).containsExactlyInAnyOrder("hatte", "die", "These", "vertreten");
        assertThat(doc(doc, q.speaker())).isEqualTo("Der Forscher");
    }

    @Test
    void aPerfectOrPassiveFrameAfterTheClauseItReports() {
        AnalyzedArticle doc = analyse("Es drohe ein Streik der Piloten, hatte der Gewerkschaftschef bei seinem Treffen mit dem Vorstand in Frankfurt am Montag gesagt.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("Es drohe ein Streik der Piloten");
        assertThat(q.cue()).extracting(doc::text).containsExactly("hatte", "gesagt");
        assertThat(doc(doc, q.speaker())).isEqualTo("der Gewerkschaftschef");

        doc = analyse("Die Reparatur könne mehrere Wochen dauern, wird vermutet.");
        q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("Die Reparatur könne mehrere Wochen dauern");
        assertThat(q.cue()).extracting(doc::text).containsExactly("wird", "vermutet");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void anInterposedSoFrameSplitsTheStatementAroundItsSource() {
        String[][] cases = {
                {"Der Konkurrent, so Müller weiter, würde massiv von den neuen Regeln profitieren.", "Müller",
                        "Der Konkurrent", "würde massiv von den neuen Regeln profitieren"},
                {"Doch sei es, so der Schriftsteller Peter Krause in einem Interview, ein Fehler gewesen, den die Regierung bereue.",
                        "der Schriftsteller Peter Krause", "Doch sei es", "ein Fehler gewesen, den die Regierung bereue"},
                {"Zwar sei die Ernte gut – so Bauer Hansen –, trotzdem fehle das Geld für neue Maschinen.", "Bauer Hansen",
                        "Zwar sei die Ernte gut", "trotzdem fehle das Geld für neue Maschinen"}};
        for (String[] x : cases) {
            AnalyzedArticle doc = analyse(x[0]);
            Quote q = only(doc);
            assertThat(q.type()).as(x[0]).isEqualTo(QuoteType.INDIRECT);
            assertThat(q.cue()).as(x[0]).extracting(doc::text).containsExactly("so");
            assertThat(doc(doc, q.speaker())).as(x[0]).isEqualTo(x[1]);
            assertThat(parts(doc, q)).as(x[0]).containsExactly(x[2], x[3]);
        }
        // a relative clause after the source still describes it
        AnalyzedArticle doc = analyse("Die Hälfte aller Diäten ist wirkungslos, so das Ergebnis einer Studie der Verbraucherzentrale, in der Forscher 40 Programme untersucht haben.");
        assertThat(parts(doc, only(doc))).containsExactly("Die Hälfte aller Diäten ist wirkungslos");
    }

    @Test
    void aDemonstrativeFramePointsBackOverAGuessedReportedStatementAndNestsInASource() {
        AnalyzedArticle doc = analyse("Ein Sturm hat in der Nacht drei Todesopfer gefordert. Dies bestätigte der Bürgermeister der Stadt.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("Ein Sturm hat in der Nacht drei Todesopfer gefordert.", "Dies");
        assertThat(q.cue()).extracting(doc::text).containsExactly("bestätigte");
        assertThat(doc(doc, q.speaker())).isEqualTo("der Bürgermeister der Stadt");

        AnalyzedArticle laut = analyse("Laut einer Eilmeldung des Senders ist in Berlin ein Verdächtiger festgenommen worden. Dies gab die Polizei bekannt.");
        assertThat(laut.quotes()).hasSize(2);
        Quote nested = laut.quotes().stream().filter(x -> "die Polizei".equals(doc(laut, x.speaker()))).findFirst().orElseThrow();
        assertThat(parts(laut, nested)).containsExactly("ist in Berlin ein Verdächtiger festgenommen worden", "Dies");
        assertThat(nested.cue()).extracting(laut::text).containsExactly("gab", "bekannt");
    }

    @Test
    void aSecondDeterminerAfterTheArticleStaysInTheSpeaker() {
        AnalyzedArticle doc = analyse("Das Konzert geben die Sänger Anna Berg und Lisa Kurz. Das teilten die beiden Sängerinnen auf ihrer Webseite mit.");
        Quote q = only(doc);
        assertThat(doc(doc, q.speaker())).isEqualTo("die beiden Sängerinnen");
        assertThat(q.cue()).extracting(doc::text).containsExactly("teilten", "mit");
    }

    @Test
    void thePrepositionTheCueVerbGovernsEndsTheSpeaker() {
        AnalyzedArticle doc = analyse("Nach den Krawallen spricht die Polizei von weniger Auseinandersetzungen, der Schaden sei aber hoch.");
        Quote q = only(doc);
        assertThat(doc(doc, q.speaker())).isEqualTo("die Polizei");
        assertThat(q.cue()).extracting(doc::text).containsExactly("spricht", "von");
    }

    @Test
    void theParticleOrLightVerbPhraseBeforeAColonCompletesTheCue() {
        String[][] cases = {
                {"Die Stadtverwaltung gab bekannt: „Das Hallenbad bleibt im Winter geschlossen.“", "gab bekannt", "Die Stadtverwaltung"},
                {"Dabei griff die Ministerin auch den Bürgermeister an: „Er hat die Schulen vergessen.“", "griff an", "die Ministerin"},
                {"Eine Sprecherin schätzte ein: „Das war ein gutes Jahr für den Verein.“", "schätzte ein", "Eine Sprecherin"},
                {"Die Trainerin brachte ihre Enttäuschung deutlich zum Ausdruck: „So können wir nicht weiterspielen.“",
                        "brachte zum Ausdruck", "Die Trainerin"},
                {"Jede Schuld an dem Unfall weist der Fahrer von sich: „Ich bin langsam gefahren.“", "weist von sich", null}};
        for (String[] x : cases) {
            AnalyzedArticle doc = analyse(x[0]);
            Quote q = only(doc);
            assertThat(q.type()).as(x[0]).isEqualTo(QuoteType.DIRECT);
            assertThat(q.cue().stream().map(doc::text).collect(java.util.stream.Collectors.joining(" "))).as(x[0]).isEqualTo(x[1]);
            if (x[2] != null) assertThat(doc(doc, q.speaker())).as(x[0]).isEqualTo(x[2]);
        }
    }

    @Test
    void aParticipleReadAsPresentTenseKeepsItsReflexiveAndItsClauseFinalAuxiliary() {
        String[][] cases = {
                {"Der Verein hatte sich erhofft, dass die Stadt das Stadion bezahlen würde.", "hatte sich erhofft", "Der Verein"},
                {"Die Firma hat sich entschlossen, das Werk in Bremen zu schließen.", "hat sich entschlossen", "Die Firma"},
                {"Die Zeitung wurde verboten, nachdem sie berichtet hatte, dass die Wahl gefälscht worden sei.", "berichtet hatte", "sie"}};
        for (String[] x : cases) {
            AnalyzedArticle doc = analyse(x[0]);
            Quote q = only(doc);
            assertThat(q.type()).as(x[0]).isEqualTo(QuoteType.INDIRECT);
            assertThat(q.cue().stream().map(doc::text).collect(java.util.stream.Collectors.joining(" "))).as(x[0]).isEqualTo(x[1]);
            assertThat(doc(doc, q.speaker())).as(x[0]).isEqualTo(x[2]);
        }
    }

    @Test
    void aPassiveNamingFindsItsAuxiliaryAcrossAlsAndTheQuote() {
        AnalyzedArticle doc = analyse("Die Preise werden von Kritikern als „völlig überzogen“ bezeichnet.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(doc.text(q.parts().get(0))).isEqualTo("„völlig überzogen“");
        assertThat(q.cue()).extracting(doc::text).containsExactlyInAnyOrder("werden", "bezeichnet");
        assertThat(doc(doc, q.speaker())).isEqualTo("Kritikern");
    }

    @Test
    void theAuxiliaryIsFoundAcrossAnApposition() {
        AnalyzedArticle doc = analyse("Gestern hatte der Leiter der Schule, Peter Krause, zugesagt, die Halle noch im Mai zu öffnen.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(doc.text(q.parts().get(0))).isEqualTo("die Halle noch im Mai zu öffnen");
        assertThat(q.cue()).extracting(doc::text).containsExactlyInAnyOrder("hatte", "zugesagt");
        assertThat(doc(doc, q.speaker())).isEqualTo("der Leiter der Schule, Peter Krause");
    }

    @Test
    void theAuxiliaryIsFoundAcrossAPresentParticipleReadAsFinite() {
        AnalyzedArticle doc = analyse("Die Stadt hatte den Vorwurf umgehend als „völlig haltlos“ zurückgewiesen.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(doc.text(q.parts().get(0))).isEqualTo("„völlig haltlos“");
        assertThat(q.cue()).extracting(doc::text).containsExactlyInAnyOrder("hatte", "zurückgewiesen");
        assertThat(doc(doc, q.speaker())).isEqualTo("Die Stadt");
    }

    @Test
    void aPhraseWithAFiniteVerbAfterTheCueSubjectStartsTheComplementNotAnApposition() {
        AnalyzedArticle doc = analyse("Auf der Pressekonferenz sagte Meier, die Bürger hielten sich an die Regeln, sowohl in der Stadt als auch auf dem Land.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("die Bürger hielten sich an die Regeln, sowohl in der Stadt als auch auf dem Land");
        assertThat(q.cue()).extracting(doc::text).containsExactly("sagte");
        assertThat(doc(doc, q.speaker())).isEqualTo("Meier");
    }

    @Test
    void anExtendedAttributeBelongsToTheSpeakerPhrase() {
        AnalyzedArticle doc = analyse("Am Montag sagte der für die Region zuständige Koordinator, dass nur zwölf Boote im Einsatz seien.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("dass nur zwölf Boote im Einsatz seien");
        assertThat(q.cue()).extracting(doc::text).containsExactly("sagte");
        assertThat(doc(doc, q.speaker())).isEqualTo("der für die Region zuständige Koordinator");
    }

    @Test
    void einigeReadAsAVerbBeforeAnAdjectiveIsADeterminer() {
        AnalyzedArticle doc = analyse("Einige kleinere Vereine haben angekündigt, gegen die Entscheidung zu klagen.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("gegen die Entscheidung zu klagen");
        assertThat(q.cue()).extracting(doc::text).contains("haben", "angekündigt");
        assertThat(doc(doc, q.speaker())).isEqualTo("Einige kleinere Vereine");
    }

    @Test
    void derBeforeAMasculineSingularNounIsNoGenitiveOfTheSource() {
        AnalyzedArticle doc = analyse("Nach dem Rücktritt müsste laut Satzung der Vizepräsident die Geschäfte übernehmen.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("Nach dem Rücktritt müsste", "der Vizepräsident die Geschäfte übernehmen");
        assertThat(q.cue()).extracting(doc::text).containsExactly("laut");
        assertThat(doc(doc, q.speaker())).isEqualTo("Satzung");
    }

    @Test
    void anInheritedSpeakerNamedAgainInTheSentenceIsThatMention() {
        AnalyzedArticle doc = analyse("Der Grünen-Abgeordnete Peter Krause sagte, der Entwurf sei verfassungswidrig. Die geplante Speicherung der Daten oder, "
                + "wie sich Krause ausdrückte, „das Scannen der Bürger“ sei damit nicht vereinbar.");
        Quote q = doc.quotes().stream().filter(x -> x.type() == QuoteType.FREE_INDIRECT).findFirst().orElseThrow();
        assertThat(parts(doc, q)).containsExactly("Die geplante Speicherung der Daten oder, wie sich Krause ausdrückte, „das Scannen der Bürger“ sei damit nicht vereinbar.");
        assertThat(q.cue()).isEmpty();
        assertThat(doc(doc, q.speaker())).isEqualTo("Krause");
    }

    @Test
    void aPlaceOrMediumBeforeTheCueOfAWieClauseBelongsToTheSpeaker() {
        AnalyzedArticle doc = analyse("Wie die Lokalzeitung in ihrer Onlineausgabe berichtet, ist die Brücke seit Montag gesperrt.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("ist die Brücke seit Montag gesperrt");
        assertThat(q.cue()).extracting(doc::text).contains("Wie", "berichtet");
        assertThat(doc(doc, q.speaker())).isEqualTo("die Lokalzeitung in ihrer Onlineausgabe");

        AnalyzedArticle night = analyse("Wie der Verband in der Nacht bekanntgegeben hat, wird das Turnier verschoben.");
        assertThat(doc(night, only(night).speaker())).isEqualTo("der Verband");
    }

    @Test
    void aVerbOfJudgingWithTheCorrelateEsFramesTheClauseItPointsTo() {
        AnalyzedArticle doc = analyse("Das Landgericht sah es als erwiesen an, dass der Angeklagte die Bank ausgeraubt hatte.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("dass der Angeklagte die Bank ausgeraubt hatte");
        assertThat(q.cue()).extracting(doc::text).containsExactly("sah", "es", "als", "erwiesen", "an");
        assertThat(doc(doc, q.speaker())).isEqualTo("Das Landgericht");

        AnalyzedArticle fronted = analyse("Als wichtigste Aufgabe sieht es die neue Ministerin an, die Schulen zu modernisieren.");
        Quote f = only(fronted);
        assertThat(parts(fronted, f)).containsExactly("die Schulen zu modernisieren");
        assertThat(f.cue()).extracting(fronted::text).containsExactly("sieht", "es", "an");
        assertThat(doc(fronted, f.speaker())).isEqualTo("die neue Ministerin");

        assertThat(analyse("Er sah es kommen, als die Preise stiegen.").quotes()).isEmpty();
    }

    @Test
    void geratenAfterWerdenIsThePassiveOfRaten() {
        AnalyzedArticle doc = analyse("Den Anwohnern wurde geraten, die Fenster geschlossen zu halten.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("die Fenster geschlossen zu halten");
        assertThat(q.cue()).extracting(doc::text).containsExactly("wurde", "geraten");
        assertThat(q.speaker()).isNull();

        assertThat(analyse("Die Firma wird in Not geraten, wenn die Aufträge fehlen.").quotes()).isEmpty();
    }

    @Test
    void aSourcePhraseThatIsAllBeforeAQuoteAttributesIt() {
        AnalyzedArticle doc = analyse("Nach Ansicht von Ministerpräsident Peter Lindner (CDU) „Es ist nur ein Gutachten. Das Gericht entscheidet oft anders.“");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(parts(doc, q)).containsExactly("„Es ist nur ein Gutachten. Das Gericht entscheidet oft anders.“");
        assertThat(q.cue()).extracting(doc::text).containsExactly("Nach");
        assertThat(doc(doc, q.speaker())).isEqualTo("Ansicht von Ministerpräsident Peter Lindner (CDU)");

        AnalyzedArticle post = analyse("Seiner Ansicht nach „sind wir Zeugen eines schwarzen Tages“.");
        Quote p = only(post);
        assertThat(p.cue()).extracting(post::text).containsExactly("nach");
        assertThat(doc(post, p.speaker())).isEqualTo("Seiner Ansicht");
    }

    @Test
    void voicesThatBecomeLoudFrameTheirClause() {
        AnalyzedArticle doc = analyse("Erneut wurden Vorwürfe laut, die Polizei habe zu spät eingegriffen.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("die Polizei habe zu spät eingegriffen");
        assertThat(q.cue()).extracting(doc::text).containsExactly("wurden", "laut");
        assertThat(doc(doc, q.speaker())).isEqualTo("Vorwürfe");

        assertThat(analyse("Die Musik wurde laut, als die Band spielte.").quotes()).isEmpty();
    }

    @Test
    void aNameAfterATitleWithAPlaceOrAGenitiveNameBelongsToTheSpeaker() {
        AnalyzedArticle doc = analyse("Vor kurzem hatte ein Sprecher der Rebellen auf kurdischer Seite, Ali Demir, erklärt, man wolle verhandeln.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("man wolle verhandeln");
        assertThat(q.cue()).extracting(doc::text).containsExactly("hatte", "erklärt");
        assertThat(doc(doc, q.speaker())).isEqualTo("ein Sprecher der Rebellen auf kurdischer Seite, Ali Demir");

        AnalyzedArticle genitive = analyse("„Wir sind enttäuscht“, sagte der Botschafter Frankreichs, Pierre Moreau.");
        Quote g = only(genitive);
        assertThat(g.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(g.cue()).extracting(genitive::text).containsExactly("sagte");
        assertThat(doc(genitive, g.speaker())).isEqualTo("der Botschafter Frankreichs, Pierre Moreau");
    }

    @Test
    void aPossessiveObjectInThePrefieldLeavesTheSubjectAfterTheVerb() {
        AnalyzedArticle doc = analyse("Seinen Amtskollegen aus Polen forderte der Minister auf, den Vertrag bald zu unterzeichnen.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("den Vertrag bald zu unterzeichnen");
        assertThat(q.cue()).extracting(doc::text).containsExactly("forderte", "auf");
        assertThat(doc(doc, q.speaker())).isEqualTo("der Minister");
    }

    @Test
    void anAdverbBeforeTheSpeakerOfAWieClauseIsNoPartOfIt() {
        AnalyzedArticle doc = analyse("Wie schon die Feuerwehr mitteilte, ist die Straße gesperrt.");
        Quote q = only(doc);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(parts(doc, q)).containsExactly("ist die Straße gesperrt");
        assertThat(q.cue()).extracting(doc::text).containsExactly("Wie", "mitteilte");
        assertThat(doc(doc, q.speaker())).isEqualTo("die Feuerwehr");
        // a name particle the tagger may read as adverb stays in the name
        AnalyzedArticle name = analyse("Wie de Vries mitteilte, ist die Straße gesperrt.");
        assertThat(doc(name, only(name).speaker())).isEqualTo("de Vries");
    }
}
