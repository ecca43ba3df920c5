package org.newsgraph.app.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
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

/** Hand-built analysed articles (real German sentences, typed annotations) for the API tests. */
final class Fixtures {
    static final EntityRecord SELENSKYJ = new EntityRecord("per:Q3695350", "Wolodymyr Selenskyj", EntityType.PER,
            List.of("Selenskyj"), null, "Q3695350", null);
    static final EntityRecord STRACK = new EntityRecord("per:Q15813427", "Marie-Agnes Strack-Zimmermann", EntityType.PER,
            List.of("Strack-Zimmermann"), null, null, null);
    static final EntityRecord PUTIN = new EntityRecord("per:Q7747", "Wladimir Putin", EntityType.PER, List.of("Putin"), null, null, null);
    static final EntityRecord BUDAPEST = new EntityRecord("loc:Q1781", "Budapest", EntityType.LOC, List.of(), null, null,
            new Geo(47.49835, 19.04045, "HU", 3054643));
    static final EntityRecord KIEW = new EntityRecord("loc:Q1899", "Kiew", EntityType.LOC, List.of(), null, null,
            new Geo(50.45466, 30.5238, "UA", 703448));

    private Fixtures() {
    }

    private static Span find(String text, String words, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = text.indexOf(words, at + 1);
        if (at < 0) throw new IllegalArgumentException(words);
        return new Span(at, at + words.length());
    }

    private static AnalyzedArticle build(String id, LocalDate date, String title, String text, Object[][] mentions,
                                         List<Quote> quotes, List<TimeExpression> times) {
        List<EntityMention> ms = new ArrayList<>();
        Map<String, EntityRecord> index = new LinkedHashMap<>();
        List<PlaceMention> places = new ArrayList<>();
        for (Object[] m : mentions) {
            Span s = find(text, (String) m[0], (Integer) m[1]);
            EntityRecord r = (EntityRecord) m[2];
            ms.add(new EntityMention(s.begin(), s.end(), (String) m[0], r.type(), (MentionForm) m[3], r.id()));
            index.putIfAbsent(r.id(), r);
            if (r.geo() != null) places.add(new PlaceMention(s.begin(), s.end(), r.id(), r.geo()));
        }
        ms.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        Article a = new Article(id, date, "test:" + id, title, new Dateline(List.of("Berlin"), "dpa", null), text,
                List.of(new Section(SectionKind.PARAGRAPH, 0, text.length())), null, List.of());
        return AnalyzedArticle.of(a).withEntities(ms).withResolution(ms, index).withPlaces(places).withQuotes(quotes).withTimes(times);
    }

    static final String GIPFEL = "Die Außenminister könnten sich bereits am Donnerstag in Budapest treffen. Ungarn müsse Putin trotz "
            + "des Haftbefehls festnehmen, forderte Marie-Agnes Strack-Zimmermann. «Die Europäische Union darf unter keinen "
            + "Umständen den geplanten Besuch Putins einfach hinnehmen», sagte sie.";

    static AnalyzedArticle gipfel() {
        Span said = find(GIPFEL, "Die Europäische Union darf unter keinen Umständen den geplanten Besuch Putins einfach hinnehmen", 0);
        Span sie = find(GIPFEL, "sie", 0);
        Span cue = find(GIPFEL, "sagte", 0);
        Span thursday = find(GIPFEL, "am Donnerstag", 0);
        return build("gipfel-1", LocalDate.of(2025, 10, 21), "Streit um Gipfel in Budapest", GIPFEL, new Object[][] {
                {"Budapest", 0, BUDAPEST, MentionForm.NAME}, {"Putin", 0, PUTIN, MentionForm.NAME},
                {"Marie-Agnes Strack-Zimmermann", 0, STRACK, MentionForm.NAME}, {"Putins", 0, PUTIN, MentionForm.NAME},
                {"sie", 0, STRACK, MentionForm.PRONOUN}},
                List.of(new Quote(List.of(said), QuoteType.DIRECT, List.of(cue), new Mention(sie.begin(), sie.end(), STRACK.id()),
                        null, null, Medium.SPEECH)),
                List.of(new TimeExpression(thursday.begin(), thursday.end(), "am Donnerstag", TimeType.DATE, "2025-10-23", null)));
    }

    static final String PATRIOT = "Die Ukraine konzentriert sich nach Worten Selenskyjs auf den Kauf von Patriot-Flugabwehrsystemen. "
            + "«Das ist keine einfache Aufgabe», sagte Selenskyj in Kiew.";

    static AnalyzedArticle patriot() {
        Span said = find(PATRIOT, "Das ist keine einfache Aufgabe", 0);
        Span sel = find(PATRIOT, "Selenskyj", 1);
        return build("patriot-1", LocalDate.of(2025, 10, 20), "Selenskyj will Patriot-Systeme kaufen", PATRIOT, new Object[][] {
                {"Selenskyjs", 0, SELENSKYJ, MentionForm.NAME}, {"Selenskyj", 1, SELENSKYJ, MentionForm.NAME},
                {"Kiew", 0, KIEW, MentionForm.NAME}},
                List.of(new Quote(List.of(said), QuoteType.DIRECT, List.of(find(PATRIOT, "sagte", 0)),
                        new Mention(sel.begin(), sel.end(), SELENSKYJ.id()), null, null, Medium.SPEECH)),
                List.of());
    }
}
