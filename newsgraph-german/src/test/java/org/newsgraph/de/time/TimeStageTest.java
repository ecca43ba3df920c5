package org.newsgraph.de.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.SeedArticles;
import org.newsgraph.de.StageContract;
import org.newsgraph.de.morph.MorphologyStage;
import org.newsgraph.de.segment.SegmentationStage;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;
import org.newsgraph.pipeline.Pipeline;

class TimeStageTest {
    static final Pipeline PIPELINE = Pipeline.of(new SegmentationStage(), new MorphologyStage(), new TimeStage());
    static final LocalDate DATE = LocalDate.of(2025, 10, 21); // a Tuesday, ISO week 43

    static List<TimeExpression> times(LocalDate date, String text) {
        return PIPELINE.analyze(SeedArticles.fromParagraphs("t", date, text)).times();
    }

    /** The expression whose text contains {@code surface} (case-sensitive). */
    static TimeExpression find(List<TimeExpression> times, String surface) {
        return times.stream().filter(t -> t.text().contains(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no time expression with '" + surface + "' in " + times));
    }

    static String value(List<TimeExpression> times, String surface) {
        return find(times, surface).value();
    }

    @Test
    void seedArticle() {
        AnalyzedArticle doc = PIPELINE.analyze(SeedArticles.seed());
        List<TimeExpression> t = doc.times();
        assertThat(value(t, "heute")).isEqualTo("2025-10-21");
        assertThat(find(t, "Donnerstag").text()).isEqualTo("am Donnerstag");
        assertThat(value(t, "am Donnerstag")).as("stattfinden könnte: future").isEqualTo("2025-10-23");
        assertThat(value(t, "am Montag")).as("wurde angesprochen: past").isEqualTo("2025-10-20");
        assertThat(value(t, "Am Wochenende")).isEqualTo("2025-W42-WE");
        assertThat(value(t, "in der vergangenen Woche")).isEqualTo("2025-W42");
        assertThat(value(t, "im August")).isEqualTo("2025-08");
        assertThat(value(t, "Frühjahr 2026")).isEqualTo("2026-SP");
        TimeExpression month = find(t, "einen Monat");
        assertThat(month.type()).isEqualTo(TimeType.DURATION);
        assertThat(month.value()).isEqualTo("P1M");
        assertThat(month.mod()).isEqualTo("APPROX");
        assertThat(value(t, "derzeit")).isEqualTo("PRESENT_REF");
        assertThat(value(t, "Mittlerweile")).isEqualTo("PRESENT_REF");
        for (TimeExpression e : t) assertThat(doc.text().substring(e.begin(), e.end())).isEqualTo(e.text());
        // nothing in the seed is a counted number or a name taken for a date
        assertThat(t).noneMatch(e -> e.text().contains("Trump") || e.text().contains("Patriot"));
    }

    @Test
    void absoluteDatesInEveryWriting() {
        List<TimeExpression> t = times(DATE, "Der Vertrag wurde am 21. Oktober 2025 unterzeichnet, die Frist endet am 31.12.2025. "
                + "Die Zahl der Anträge stieg im Jan. und Mitte Feb. 2025 stark an. Im Oktober 2024 gab es noch keine Einigung. "
                + "2019 war die Lage ruhiger. Der Angriff begann am 1.9.39 um 4:45 Uhr.");
        assertThat(value(t, "21. Oktober 2025")).isEqualTo("2025-10-21");
        assertThat(find(t, "21. Oktober 2025").text()).isEqualTo("21. Oktober 2025");
        assertThat(value(t, "31.12.2025")).isEqualTo("2025-12-31");
        assertThat(value(t, "Jan.")).isEqualTo("2025-01");
        TimeExpression feb = find(t, "Feb.");
        assertThat(feb.value()).isEqualTo("2025-02");
        assertThat(feb.mod()).isEqualTo("MID");
        assertThat(value(t, "Oktober 2024")).isEqualTo("2024-10");
        assertThat(value(t, "2019")).isEqualTo("2019");
        assertThat(value(times(DATE, "In den zwanziger Jahren war das anders, im 20. Jahrhundert überhaupt."), "zwanziger")).isEqualTo("192");
        assertThat(value(times(DATE, "In den zwanziger Jahren war das anders, im 20. Jahrhundert überhaupt."), "Jahrhundert")).isEqualTo("19");
        assertThat(value(times(DATE, "Um 490 v. Chr. begann der Krieg, Weihnachten 1966 war kalt."), "Chr.")).isEqualTo("BC0490");
        assertThat(value(times(DATE, "Um 490 v. Chr. begann der Krieg, Weihnachten 1966 war kalt."), "Weihnachten")).isEqualTo("1966-12-25");
        assertThat(value(t, "1.9.39")).isEqualTo("1939-09-01");
        TimeExpression clock = find(t, "4:45 Uhr");
        assertThat(clock.type()).isEqualTo(TimeType.TIME);
        assertThat(clock.value()).isEqualTo("1939-09-01T04:45");
    }

    @Test
    void relativeToTheArticleDate() {
        List<TimeExpression> t = times(DATE, "Gestern Abend sprach der Kanzler in Berlin. Die Regierung hatte das Gesetz vor zwei Jahren beschlossen. "
                + "In drei Tagen soll der Bundestag abstimmen. Die Reform soll Anfang nächsten Jahres in Kraft treten. "
                + "Bereits am vergangenen Freitag hatte die Polizei die Wohnung durchsucht. Am kommenden Montag beginnt der Prozess. "
                + "Nächste Woche will die Kommission entscheiden. Im vergangenen Jahr waren es weniger.");
        assertThat(value(t, "Gestern Abend")).isEqualTo("2025-10-20TEV");
        assertThat(value(t, "vor zwei Jahren")).isEqualTo("2023");
        assertThat(value(t, "In drei Tagen")).isEqualTo("2025-10-24");
        TimeExpression start = find(t, "Anfang nächsten Jahres");
        assertThat(start.value()).isEqualTo("2026");
        assertThat(start.mod()).isEqualTo("START");
        assertThat(value(t, "am vergangenen Freitag")).isEqualTo("2025-10-17");
        assertThat(value(t, "Am kommenden Montag")).isEqualTo("2025-10-27");
        assertThat(value(t, "Nächste Woche")).isEqualTo("2025-W44");
        assertThat(value(t, "Im vergangenen Jahr")).isEqualTo("2024");
    }

    @Test
    void weekdaysAndMonthsFollowTheTenseOfTheirClause() {
        assertThat(value(times(DATE, "Die Sondersitzung fand am Donnerstag statt."), "Donnerstag")).isEqualTo("2025-10-16");
        assertThat(value(times(DATE, "Am Donnerstag wird die Sondersitzung stattfinden."), "Donnerstag")).isEqualTo("2025-10-23");
        assertThat(value(times(DATE, "Die Minister wollen sich am Montag in Brüssel treffen."), "Montag")).isEqualTo("2025-10-27");
        assertThat(value(times(DATE, "Am Montag hat die Regierung den Haushalt beschlossen."), "Montag")).isEqualTo("2025-10-20");
        assertThat(value(times(DATE, "Die Wahl fand im Dezember statt."), "Dezember")).isEqualTo("2024-12");
        assertThat(value(times(DATE, "Die Wahl soll im Dezember stattfinden."), "Dezember")).isEqualTo("2025-12");
        assertThat(value(times(DATE, "Das Werk soll im März schließen."), "März")).isEqualTo("2026-03");
    }

    @Test
    void relativeToAnotherTimeInTheText() {
        List<TimeExpression> t = times(DATE, "Am 14. Oktober wurde der Vertrag unterzeichnet. Zwei Tage später trat der Minister zurück. "
                + "Am Abend desselben Tages tagte das Kabinett. Am nächsten Tag folgte die Sondersitzung.");
        assertThat(value(t, "14. Oktober")).isEqualTo("2025-10-14");
        assertThat(value(t, "Zwei Tage später")).isEqualTo("2025-10-16");
        TimeExpression evening = find(t, "Am Abend desselben Tages");
        assertThat(evening.type()).isEqualTo(TimeType.TIME);
        assertThat(evening.value()).isEqualTo("2025-10-16TEV");
        assertThat(value(t, "Am nächsten Tag")).isEqualTo("2025-10-17");
        // after a mention without a day, a day-level anaphor in news counts from the article date
        List<TimeExpression> u = times(DATE, "Im vergangenen Jahr waren es mehr. Den Antrag hatte die Fraktion am Vortag eingereicht.");
        assertThat(value(u, "am Vortag")).isEqualTo("2025-10-20");
    }

    @Test
    void durations() {
        List<TimeExpression> t = times(DATE, "Der Konflikt dauert seit drei Jahren an. Das Treffen dauerte knapp zwei Stunden. "
                + "Die Gespräche zogen sich über mehrere Tage hin. Er saß anderthalb Jahre in Haft. "
                + "Nach 77 Tagen Belagerung gab die Stadt auf. Die Verhandlungen dauerten wochenlang.");
        assertThat(find(t, "drei Jahren").type()).isEqualTo(TimeType.DURATION);
        assertThat(value(t, "drei Jahren")).isEqualTo("P3Y");
        assertThat(value(t, "zwei Stunden")).isEqualTo("PT2H");
        assertThat(find(t, "zwei Stunden").mod()).isEqualTo("LESS_THAN");
        assertThat(value(t, "mehrere Tage")).isEqualTo("PXD");
        assertThat(value(t, "anderthalb Jahre")).isEqualTo("P1Y6M");
        assertThat(find(t, "77 Tagen").type()).as("how long the siege lasted").isEqualTo(TimeType.DURATION);
        assertThat(value(t, "77 Tagen")).isEqualTo("P77D");
        assertThat(value(t, "wochenlang")).isEqualTo("PXW");
    }

    @Test
    void sets() {
        List<TimeExpression> t = times(DATE, "Die Züge fahren jeden Tag, die Fähre wöchentlich. Montags ist das Museum geschlossen, "
                + "aber montags öffnet die Bibliothek. Die Müllabfuhr kommt alle zwei Wochen.");
        assertThat(find(t, "jeden Tag").type()).isEqualTo(TimeType.SET);
        assertThat(value(t, "jeden Tag")).isEqualTo("P1D");
        assertThat(value(t, "wöchentlich")).isEqualTo("P1W");
        assertThat(value(t, "montags")).isEqualTo("XXXX-WXX-1");
        assertThat(value(t, "alle zwei Wochen")).isEqualTo("P2W");
    }

    @Test
    void vagueReferences() {
        List<TimeExpression> t = times(DATE, "Derzeit gibt es keine Gespräche. Mittlerweile hat sich die Lage beruhigt. "
                + "Damals glaubte niemand daran. Bald soll eine Entscheidung fallen.");
        assertThat(value(t, "Derzeit")).isEqualTo("PRESENT_REF");
        assertThat(value(t, "Mittlerweile")).isEqualTo("PRESENT_REF");
        assertThat(value(t, "Damals")).isEqualTo("PAST_REF");
        assertThat(value(t, "Bald")).isEqualTo("FUTURE_REF");
    }

    @Test
    void narrativeWithoutDateIsAnchoredOnTheLastDateMentioned() {
        // WikiWarsDE style: no article date, a dated heading frames its section
        Article a = SeedArticles.fromParagraphs("n", null, "Unternehmen Barbarossa 1941\n\n"
                + "Am 22. Juni 1941 griff die Wehrmacht die Sowjetunion an. Drei Tage später fiel Minsk. "
                + "Im Oktober begann der Angriff auf Moskau, am 5. Dezember die sowjetische Gegenoffensive.\n\n"
                + "Der Kriegseintritt der USA\n\n"
                + "Der Autor (1808–1883) beschrieb später die Lage. Im Dezember erklärte Deutschland den USA den Krieg. "
                + "Heute erinnert ein Denkmal daran.");
        List<TimeExpression> t = PIPELINE.analyze(a).times();
        assertThat(value(t, "1941")).isEqualTo("1941");
        assertThat(value(t, "22. Juni 1941")).isEqualTo("1941-06-22");
        assertThat(value(t, "Drei Tage später")).isEqualTo("1941-06-25");
        assertThat(value(t, "Im Oktober")).isEqualTo("1941-10");
        assertThat(value(t, "5. Dezember")).isEqualTo("1941-12-05");
        // the life dates in parentheses do not move the anchor
        assertThat(value(t, "Im Dezember")).isEqualTo("1941-12");
        assertThat(value(t, "Heute")).isEqualTo("PRESENT_REF");
        // a month without any year in the text keeps its X
        assertThat(value(times(null, "Im August begann die Offensive."), "August")).isEqualTo("XXXX-08");
    }

    @Test
    void countedNumbersAndNamesAreNotTimes() {
        List<TimeExpression> t = times(DATE, "Die Rote Armee griff mit 1500 Panzern an. General Wladimir Mai-Majewski führte die Truppen. "
                + "Eines Tages wird es anders sein. August Bebel gründete die Partei.");
        assertThat(t).extracting(TimeExpression::text).noneMatch(s -> s.contains("1500") || s.contains("Mai") || s.contains("August"));
    }

    @Test
    void stageContract() throws Exception {
        StageContract.check(PIPELINE, AnalyzedArticle::times);
    }
}
