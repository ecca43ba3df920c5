package org.newsgraph.index;

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

/** Builds analysed articles by hand, as the German pipeline would: typed records with offsets into real text. */
final class TestArticles {
    static final EntityRecord SELENSKYJ = new EntityRecord("Q3695350", "Wolodymyr Selenskyj", EntityType.PER,
            List.of("Selenskyj"), new Attributes(List.of("ukrainischer Präsident"), List.of(), "male"), "Q3695350", null);
    static final EntityRecord STRACK = new EntityRecord("Q15813427", "Marie-Agnes Strack-Zimmermann", EntityType.PER,
            List.of("Strack-Zimmermann"), new Attributes(List.of("FDP-Europapolitikerin"), List.of("FDP"), "female"), null, null);
    static final EntityRecord PUTIN = new EntityRecord("Q7747", "Wladimir Putin", EntityType.PER, List.of("Putin", "Kremlchef"),
            null, "Q7747", null);
    static final EntityRecord BUDAPEST = new EntityRecord("Q1781", "Budapest", EntityType.LOC, List.of(), null, "Q1781",
            new Geo(47.49835, 19.04045, "HU", 3054643));
    static final EntityRecord KIEW = new EntityRecord("Q1899", "Kiew", EntityType.LOC, List.of("Kyjiw"), null, "Q1899",
            new Geo(50.45466, 30.5238, "UA", 703448));
    static final EntityRecord HANDELSBLATT = new EntityRecord("Q694653", "Handelsblatt", EntityType.ORG, List.of(), null, null, null);

    /** An article under construction: text plus annotations found by their words. */
    static final class Builder {
        final String id;
        final String text;
        final LocalDate date;
        final String title;
        String agency;
        final List<EntityMention> mentions = new ArrayList<>();
        final Map<String, EntityRecord> index = new LinkedHashMap<>();
        final List<PlaceMention> places = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        final List<TimeExpression> times = new ArrayList<>();

        Builder(String id, LocalDate date, String title, String text) {
            this.id = id;
            this.date = date;
            this.title = title;
            this.text = text;
        }

        Span find(String words, int occurrence) {
            int at = -1;
            for (int i = 0; i <= occurrence; i++) {
                at = text.indexOf(words, at + 1);
                if (at < 0) throw new IllegalArgumentException("'" + words + "' #" + occurrence + " not in text");
            }
            return new Span(at, at + words.length());
        }

        Builder agency(String a) {
            agency = a;
            return this;
        }

        Builder mention(String words, int occurrence, EntityRecord r, MentionForm form) {
            Span s = find(words, occurrence);
            mentions.add(new EntityMention(s.begin(), s.end(), words, r.type(), form, r.id()));
            index.putIfAbsent(r.id(), r);
            if (r.geo() != null) places.add(new PlaceMention(s.begin(), s.end(), r.id(), r.geo()));
            return this;
        }

        Builder mention(String words, EntityRecord r) {
            return mention(words, 0, r, MentionForm.NAME);
        }

        /** A quote of {@code said}, attributed to the mention {@code speaker} (its n-th occurrence). */
        Builder quote(String said, String cue, String speaker, int speakerOccurrence, EntityRecord who, QuoteType type, EntityRecord outlet) {
            Span sp = find(speaker, speakerOccurrence);
            quotes.add(new Quote(List.of(find(said, 0)), type, List.of(find(cue, 0)),
                    new Mention(sp.begin(), sp.end(), who == null ? null : who.id()), null,
                    outlet == null ? null : outlet.id(), Medium.SPEECH));
            if (outlet != null) index.putIfAbsent(outlet.id(), outlet);
            return this;
        }

        Builder time(String words, String value) {
            Span s = find(words, 0);
            times.add(new TimeExpression(s.begin(), s.end(), words, TimeType.DATE, value, null));
            return this;
        }

        AnalyzedArticle build() {
            Article a = new Article(id, date, "test:" + id, title,
                    agency == null ? Dateline.NONE : new Dateline(List.of(), agency, null), text,
                    List.of(new Section(SectionKind.PARAGRAPH, 0, text.length())), null, List.of());
            mentions.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
            return AnalyzedArticle.of(a).withEntities(mentions).withResolution(mentions, index)
                    .withQuotes(quotes).withTimes(times).withPlaces(places);
        }
    }

    static final String GIPFEL = "Die Außenminister könnten sich bereits am Donnerstag in Budapest treffen. "
            + "Ungarn müsse Putin trotz des Haftbefehls des Internationalen Strafgerichtshofs festnehmen, forderte "
            + "Marie-Agnes Strack-Zimmermann im «Handelsblatt». «Die Europäische Union darf unter keinen Umständen "
            + "den geplanten Besuch Putins einfach hinnehmen», sagte sie.";

    static AnalyzedArticle gipfel() {
        return new Builder("gipfel-1", LocalDate.of(2025, 10, 21), "Streit um Gipfel in Budapest", GIPFEL)
                .agency("dpa")
                .mention("Budapest", BUDAPEST)
                .mention("Putin", 0, PUTIN, MentionForm.NAME)
                .mention("Marie-Agnes Strack-Zimmermann", STRACK)
                .mention("Handelsblatt", HANDELSBLATT)
                .mention("Putins", 0, PUTIN, MentionForm.NAME)
                .mention("sie", 0, STRACK, MentionForm.PRONOUN)
                .time("am Donnerstag", "2025-10-23")
                .quote("Die Europäische Union darf unter keinen Umständen den geplanten Besuch Putins einfach hinnehmen",
                        "sagte", "sie", 0, STRACK, QuoteType.DIRECT, HANDELSBLATT)
                .build();
    }

    static final String PATRIOT = "Die Ukraine konzentriert sich nach Worten Selenskyjs auf den Kauf von "
            + "Patriot-Flugabwehrsystemen in den USA. «Das ist keine einfache Aufgabe», sagte Selenskyj in Kiew.";

    static AnalyzedArticle patriot() {
        return new Builder("patriot-1", LocalDate.of(2025, 10, 20), "Selenskyj will Patriot-Systeme kaufen", PATRIOT)
                .agency("dpa")
                .mention("Selenskyjs", SELENSKYJ)
                .mention("Selenskyj", 1, SELENSKYJ, MentionForm.NAME)
                .mention("Kiew", KIEW)
                .quote("Das ist keine einfache Aufgabe", "sagte", "Selenskyj", 1, SELENSKYJ, QuoteType.DIRECT, null)
                .build();
    }

    static final String WETTER = "In Kiew fiel am Montag der erste Schnee. Die Stadtverwaltung rief die Bewohner "
            + "zur Vorsicht auf den Straßen auf.";

    static AnalyzedArticle wetter() {
        return new Builder("wetter-1", LocalDate.of(2025, 10, 21), "Erster Schnee in Kiew", WETTER)
                .mention("Kiew", KIEW)
                .time("am Montag", "2025-10-20")
                .build();
    }

    private TestArticles() {
    }
}
