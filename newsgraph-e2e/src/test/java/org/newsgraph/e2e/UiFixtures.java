package org.newsgraph.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attributes;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityRecord;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Geo;
import org.newsgraph.model.Medium;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionForm;
import org.newsgraph.model.PlaceMention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;

/**
 * Hand-built analysed articles (German sentences of the seed's kind, with entities, quotes, times and
 * places as the NLP stages will write them), so the UI can be checked before those stages exist.
 */
final class UiFixtures {
    static final EntityRecord SELENSKYJ = new EntityRecord("per:Q3695350", "Wolodymyr Selenskyj", EntityType.PER,
            List.of("Selenskyj", "Zelensky"), new Attributes(List.of("ukrainischer Präsident"), List.of(), null), "Q3695350", null);
    static final EntityRecord KIESEWETTER = new EntityRecord("per:Q108153", "Roderich Kiesewetter", EntityType.PER,
            List.of("Kiesewetter"), new Attributes(List.of("CDU-Außenpolitiker"), List.of("CDU"), null), "Q108153", null);
    static final EntityRecord STRACK = new EntityRecord("per:Q15813427", "Marie-Agnes Strack-Zimmermann", EntityType.PER,
            List.of("Strack-Zimmermann"), new Attributes(List.of("FDP-Europapolitikerin"), List.of("FDP"), null), "Q15813427", null);
    static final EntityRecord PUTIN = new EntityRecord("per:Q7747", "Wladimir Putin", EntityType.PER, List.of("Putin"), null, "Q7747", null);
    static final EntityRecord TRUMP = new EntityRecord("per:Q22686", "Donald Trump", EntityType.PER, List.of("Trump"), null, "Q22686", null);
    static final EntityRecord HANDELSBLATT = new EntityRecord("org:Q316637", "Handelsblatt", EntityType.ORG, List.of(), null, "Q316637", null);
    static final EntityRecord EU = new EntityRecord("org:Q458", "Europäische Union", EntityType.ORG, List.of("EU"), null, "Q458", null);
    static final EntityRecord BUDAPEST = new EntityRecord("loc:Q1781", "Budapest", EntityType.LOC, List.of(), null, "Q1781",
            new Geo(47.49835, 19.04045, "HU", 3054643));
    static final EntityRecord UNGARN = new EntityRecord("loc:Q28", "Ungarn", EntityType.LOC, List.of(), null, "Q28",
            new Geo(47.0, 20.0, "HU", 719819));
    static final EntityRecord KIEW = new EntityRecord("loc:Q1899", "Kiew", EntityType.LOC, List.of("Kyjiw"), null, "Q1899",
            new Geo(50.45466, 30.5238, "UA", 703448));
    static final EntityRecord UKRAINE = new EntityRecord("loc:Q212", "Ukraine", EntityType.LOC, List.of(), null, "Q212",
            new Geo(49.0, 32.0, "UA", 690791));
    static final EntityRecord WASHINGTON = new EntityRecord("loc:Q61", "Washington", EntityType.LOC, List.of(), null, "Q61",
            new Geo(38.89511, -77.03637, "US", 4140963));

    private UiFixtures() {
    }

    static Span find(String text, String words, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = text.indexOf(words, at + 1);
        if (at < 0) throw new IllegalArgumentException(words);
        return new Span(at, at + words.length());
    }

    private static Quote quote(String text, String words, QuoteType type, String cue, int cueAt, String speaker, int speakerAt,
                               EntityRecord who, EntityRecord outlet) {
        Span s = find(text, speaker, speakerAt);
        return new Quote(List.of(find(text, words, 0)), type, List.of(find(text, cue, cueAt)), new Mention(s.begin(), s.end(), who.id()),
                null, outlet == null ? null : outlet.id(), Medium.SPEECH);
    }

    private static TimeExpression time(String text, String words, String value) {
        Span s = find(text, words, 0);
        return new TimeExpression(s.begin(), s.end(), words, TimeType.DATE, value, null);
    }

    /** mentions: {words, occurrence, record, form}; a dateline "Place/Place (dpa) - " opens the text. */
    private static AnalyzedArticle build(String id, LocalDate date, String title, List<String> datelinePlaces, String text,
                                         Object[][] mentions, List<Quote> quotes, List<TimeExpression> times) {
        List<EntityMention> ms = new ArrayList<>();
        Map<String, EntityRecord> index = new LinkedHashMap<>();
        List<PlaceMention> places = new ArrayList<>();
        for (Object[] m : mentions) {
            Span s = find(text, (String) m[0], (Integer) m[1]);
            EntityRecord r = (EntityRecord) m[2];
            MentionForm form = m.length > 3 ? (MentionForm) m[3] : MentionForm.NAME;
            ms.add(new EntityMention(s.begin(), s.end(), (String) m[0], r.type(), form, r.id()));
            index.putIfAbsent(r.id(), r);
            if (r.geo() != null) places.add(new PlaceMention(s.begin(), s.end(), r.id(), r.geo()));
        }
        ms.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        places.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        int dash = text.indexOf(" - ");
        Span datelineSpan = new Span(0, dash + 3);
        List<Section> sections = new ArrayList<>();
        int start = 0;
        for (String para : text.split("\n\n", -1)) {
            sections.add(new Section(SectionKind.PARAGRAPH, start, start + para.length()));
            start += para.length() + 2;
        }
        Article a = new Article(id, date, "test:" + id, title, new Dateline(datelinePlaces, "dpa", datelineSpan), text,
                sections, null, List.of());
        return AnalyzedArticle.of(a).withEntities(ms).withResolution(ms, index).withPlaces(places).withQuotes(quotes).withTimes(times);
    }

    static final String GIPFEL = "Washington/Budapest (dpa) - Die Außenminister könnten sich bereits am Donnerstag in Budapest treffen. "
            + "Der CDU-Außenpolitiker Roderich Kiesewetter forderte harte Konsequenzen, falls Ungarn Putin nicht festsetze. "
            + "«Sollte Ungarn den Kriegsverbrecher Putin nicht festnehmen, wäre das ein maximaler Bruch mit EU-Sicherheitsinteressen», "
            + "sagte Kiesewetter dem «Handelsblatt».\n\n"
            + "Ebenfalls im «Handelsblatt» forderte die FDP-Europapolitikerin Marie-Agnes Strack-Zimmermann, Ungarn das Stimmrecht "
            + "in der EU zu entziehen. «Die Europäische Union darf unter keinen Umständen den geplanten Besuch Putins einfach "
            + "hinnehmen», sagte sie.";

    static AnalyzedArticle gipfel() {
        String t = GIPFEL;
        return build("gipfel-1", LocalDate.of(2025, 10, 21), "Streit um Gipfel in Budapest", List.of("Washington", "Budapest"), t,
                new Object[][] {{"Washington", 0, WASHINGTON}, {"Budapest", 0, BUDAPEST}, {"Budapest", 1, BUDAPEST},
                    {"Roderich Kiesewetter", 0, KIESEWETTER}, {"Ungarn", 0, UNGARN}, {"Putin", 0, PUTIN}, {"Ungarn", 1, UNGARN},
                    {"Putin", 1, PUTIN}, {"Kiesewetter", 1, KIESEWETTER}, {"Handelsblatt", 0, HANDELSBLATT},
                    {"Handelsblatt", 1, HANDELSBLATT}, {"Marie-Agnes Strack-Zimmermann", 0, STRACK}, {"Ungarn", 2, UNGARN},
                    {"EU", 1, EU}, {"Europäische Union", 0, EU}, {"Putins", 0, PUTIN}, {"sie", 0, STRACK, MentionForm.PRONOUN}},
                List.of(quote(t, "Sollte Ungarn den Kriegsverbrecher Putin nicht festnehmen, wäre das ein maximaler Bruch mit EU-Sicherheitsinteressen",
                                QuoteType.DIRECT, "sagte", 0, "Kiesewetter", 1, KIESEWETTER, HANDELSBLATT),
                        quote(t, "Die Europäische Union darf unter keinen Umständen den geplanten Besuch Putins einfach hinnehmen",
                                QuoteType.DIRECT, "sagte", 1, "sie", 0, STRACK, null)),
                List.of(time(t, "am Donnerstag", "2025-10-23")));
    }

    static final String PATRIOT = "Kiew (dpa) - Die Ukraine konzentriert sich nach Worten Selenskyjs auf den Kauf von "
            + "Patriot-Flugabwehrsystemen. «Das ist keine einfache Aufgabe», sagte Selenskyj in Kiew.";

    static AnalyzedArticle patriot() {
        String t = PATRIOT;
        return build("patriot-1", LocalDate.of(2025, 10, 20), "Selenskyj will Patriot-Systeme kaufen", List.of("Kiew"), t,
                new Object[][] {{"Kiew", 0, KIEW}, {"Ukraine", 0, UKRAINE}, {"Selenskyjs", 0, SELENSKYJ}, {"Selenskyj", 1, SELENSKYJ},
                    {"Kiew", 1, KIEW}},
                List.of(quote(t, "Das ist keine einfache Aufgabe", QuoteType.DIRECT, "sagte", 0, "Selenskyj", 1, SELENSKYJ, null)),
                List.of());
    }

    static final String AMERIKA = "Kiew (dpa) - «Sehr konkret arbeiten wir mit Amerika zusammen, damit die Ukraine doch die "
            + "erforderliche Anzahl von Patriot-Systemen erhalten kann», sagte Selenskyj am Mittwoch in Kiew. Trump hatte zuvor "
            + "in Washington gesagt, er glaube nicht, dass die Ukraine den Krieg gewinnen könne.";

    static AnalyzedArticle amerika() {
        String t = AMERIKA;
        return build("patriot-2", LocalDate.of(2025, 10, 22), "Selenskyj setzt auf Patriot-Systeme aus den USA", List.of("Kiew"), t,
                new Object[][] {{"Kiew", 0, KIEW}, {"Ukraine", 0, UKRAINE}, {"Selenskyj", 0, SELENSKYJ}, {"Kiew", 1, KIEW},
                    {"Trump", 0, TRUMP}, {"Washington", 0, WASHINGTON}, {"Ukraine", 1, UKRAINE}},
                List.of(quote(t, "Sehr konkret arbeiten wir mit Amerika zusammen, damit die Ukraine doch die erforderliche Anzahl von Patriot-Systemen erhalten kann",
                                QuoteType.DIRECT, "sagte", 0, "Selenskyj", 0, SELENSKYJ, null),
                        quote(t, "er glaube nicht, dass die Ukraine den Krieg gewinnen könne", QuoteType.INDIRECT, "gesagt", 0,
                                "Trump", 0, TRUMP, null)),
                List.of(time(t, "am Mittwoch", "2025-10-22")));
    }

    static final String ALASKA = "Washington (dpa) - Trump und Putin haben sich in Alaska getroffen. Über die Ukraine sprachen "
            + "sie nach Angaben aus Washington mehrere Stunden.";

    static AnalyzedArticle alaska() {
        String t = ALASKA;
        return build("alaska-1", LocalDate.of(2025, 8, 16), "Gipfel in Alaska", List.of("Washington"), t,
                new Object[][] {{"Washington", 0, WASHINGTON}, {"Trump", 0, TRUMP}, {"Putin", 0, PUTIN}, {"Ukraine", 0, UKRAINE},
                    {"Washington", 1, WASHINGTON}},
                List.of(), List.of());
    }

    static List<AnalyzedArticle> all() {
        return List.of(gipfel(), patriot(), amerika(), alaska());
    }
}
