package org.newsgraph.de.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.de.resolve.ResolutionStage;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.MentionForm;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;

/**
 * The seed article's statements: spans, types and speaker mentions from tokens alone, then speaker
 * entities and outlet once hand-made entity mentions went through the resolution stage (as the NER
 * stage will provide them).
 */
class SeedQuotesTest {
    static AnalyzedArticle plain;
    static AnalyzedArticle linked;

    @BeforeAll
    static void analyse() throws Exception {
        String raw = Files.readString(Path.of(System.getProperty("newsgraph.shared"), "seed", "dpa-2025-10-21-gipfel-budapest.txt"),
                StandardCharsets.UTF_8);
        String text = raw.replaceFirst("^\\s*date \\d{4}-\\d{2}-\\d{2}\\s+", "");
        Article a = new Article("seed", LocalDate.of(2025, 10, 21), "test", null,
                new Dateline(List.of("Washington", "Kiew", "Moskau"), "dpa", null), text, sections(text), null, List.of());
        AnalyzedArticle morph = GermanPipeline.get().upTo(Layer.MORPHOLOGY).analyze(a);
        QuoteStage stage = new QuoteStage();
        plain = stage.process(morph);
        String[] per = {"Donald Trump", "Wladimir Putin", "Marco Rubio", "Sergej Lawrow", "Peter Szijjarto", "Wolodymyr Selenskyj",
                "Viktor Orban", "Alice Weidel", "Roderich Kiesewetter", "Marie-Agnes Strack-Zimmermann", "Trump", "Trumps", "Putin",
                "Putins", "Selenskyj", "Selenskyjs", "Weidel", "Kiesewetter"};
        String[] loc = {"USA", "Russland", "Washington", "Kiew", "Moskau", "Budapest", "Ungarn", "Ungarns", "Alaska", "Ukraine",
                "Kupjansk", "Oskil", "Europa", "Amerika"};
        String[] org = {"EU", "Nato", "CDU", "FDP", "IStGH", "Handelsblatt", "DeepState", "Europäische Union"};
        List<EntityMention> ms = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        List<Object[]> surfaces = new ArrayList<>();
        for (String s : per) surfaces.add(new Object[]{s, EntityType.PER});
        for (String s : loc) surfaces.add(new Object[]{s, EntityType.LOC});
        for (String s : org) surfaces.add(new Object[]{s, EntityType.ORG});
        surfaces.sort(Comparator.comparingInt(o -> -((String) o[0]).length()));
        for (Object[] s : surfaces) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote((String) s[0]) + "(?![\\p{L}\\p{N}-])").matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) free &= !taken[i];
                if (!free) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                ms.add(new EntityMention(m.start(), m.end(), (String) s[0], (EntityType) s[1], MentionForm.NAME, null));
            }
        }
        ms.sort(Comparator.comparingInt(EntityMention::begin));
        linked = stage.process(new ResolutionStage().process(morph.withEntities(ms)));
        // for ../shared/tools/check_seed.py quotes < target/seed-quotes.jsonl (speaker names need the entities)
        Files.writeString(Path.of("target", "seed-quotes.jsonl"), ArticleJson.toJson(linked, false) + "\n");
    }

    /** Paragraphs at blank lines; short blocks without final punctuation are subheadings (as the plain-text reader does). */
    static List<Section> sections(String text) {
        List<Section> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+").matcher(text);
        while (m.find()) {
            String block = m.group().strip();
            boolean sub = block.length() < 80 && !block.matches(".*[.!?»“\"]$");
            out.add(new Section(sub ? SectionKind.SUBHEADING : SectionKind.PARAGRAPH, m.start(), m.end()));
        }
        return out;
    }

    static Quote quoteWith(AnalyzedArticle doc, String fragment) {
        for (Quote q : doc.quotes()) {
            for (var p : q.parts()) if (doc.text(p).contains(fragment)) return q;
        }
        throw new AssertionError("no quote contains " + fragment + "; quotes: " + doc.quotes());
    }

    static String speaker(AnalyzedArticle doc, Quote q) {
        return q.speaker() == null ? null : doc.text(q.speaker());
    }

    static String speakerName(AnalyzedArticle doc, Quote q) {
        if (q.speaker() == null || q.speaker().entity() == null) return null;
        return doc.entityIndex().get(q.speaker().entity()).name();
    }

    @Test
    void directQuotesWithTheirSpeakerMentions() {
        Quote trump = quoteWith(plain, "Sie könnten immer noch gewinnen");
        assertThat(trump.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(plain.text(trump.parts().get(0))).startsWith("«Sie könnten").endsWith("sie könnten gewinnen.»");
        assertThat(speaker(plain, trump)).isEqualTo("er");
        assertThat(speaker(plain, quoteWith(plain, "Es gibt keinen besseren Ort"))).isEqualTo("Weidel");
        Quote kiesewetter = quoteWith(plain, "Sollte Ungarn den Kriegsverbrecher Putin");
        assertThat(speaker(plain, kiesewetter)).isEqualTo("Kiesewetter");
        assertThat(plain.text(kiesewetter.addressee())).isEqualTo("dem «Handelsblatt»");
        assertThat(kiesewetter.cue()).extracting(plain::text).containsExactly("sagte");
        assertThat(speaker(plain, quoteWith(plain, "Die Europäische Union darf"))).isEqualTo("sie");
        Quote first = quoteWith(plain, "Sehr konkret arbeiten wir");
        Quote second = quoteWith(plain, "Das ist keine einfache Aufgabe");
        assertThat(first).isNotSameAs(second);
        // the second quotation has no verb of saying of its own; it continues the first and shares its frame,
        // cue included, as the Wikinews gold data marks such continuations
        assertThat(second.cue()).isEqualTo(first.cue());
        assertThat(second.cue()).extracting(plain::text).containsExactly("sagte");
        assertThat(second.speaker()).isEqualTo(first.speaker());
    }

    @Test
    void indirectAndReportedStatements() {
        Quote trump = quoteWith(plain, "Er glaube nicht");
        assertThat(trump.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(plain.text(trump.parts().get(0))).isEqualTo("Er glaube nicht, dass die Ukraine den Krieg gewinnen könne");
        assertThat(speaker(plain, trump)).isEqualTo("er");
        Quote washington = quoteWith(plain, "es gebe derzeit nichts mitzuteilen");
        assertThat(speaker(plain, washington)).isEqualTo("in Washington");
        assertThat(washington.cue()).extracting(plain::text).containsExactly("hieß", "es");
        assertThat(speaker(plain, quoteWith(plain, "falls Ungarn Putin"))).endsWith("Roderich Kiesewetter");
        assertThat(speaker(plain, quoteWith(plain, "Das müsse massive Sanktionen"))).isEqualTo("Kiesewetter");
        Quote strack = quoteWith(plain, "das Stimmrecht in der EU zu entziehen");
        assertThat(strack.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(speaker(plain, strack)).isEqualTo("die FDP-Europapolitikerin Marie-Agnes Strack-Zimmermann");
        Quote russen = quoteWith(plain, "Die Russen seien");
        assertThat(russen.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(speaker(plain, russen)).isEqualTo("der ukrainische Blog «DeepState»");
        assertThat(speaker(plain, quoteWith(plain, "Mittlerweile seien es so viele"))).isEqualTo("der ukrainische Blog «DeepState»");
        assertThat(speaker(plain, quoteWith(plain, "von einem zweiten geplanten Treffen"))).isEqualTo("Trump");
        // the reported-speech classifier weighs what the subject is from its tags, and the entity type on top where the entity
        // stage ran: the statement is found with and without the entity layer
        Quote szijjarto = quoteWith(linked, "einen Besuch in Washington");
        assertThat(szijjarto.type()).isEqualTo(QuoteType.REPORTED);
        assertThat(szijjarto.cue()).extracting(linked::text).containsExactly("kündigte", "an");
        assertThat(quoteWith(plain, "einen Besuch in Washington").type()).isEqualTo(QuoteType.REPORTED);
    }

    @Test
    void headlineQuoteAndNamesInQuotationMarks() {
        Quote headline = quoteWith(plain, "Habe nie gesagt");
        assertThat(plain.text(headline.parts().get(0))).isEqualTo("Habe nie gesagt, die Ukraine werde gewinnen");
        assertThat(speaker(plain, headline)).isEqualTo("Trump");
        for (String name : List.of("«Handelsblatt»", "«DeepState»")) {
            int at = plain.text().indexOf(name);
            assertThat(plain.quotes()).noneMatch(q -> q.parts().stream().anyMatch(p -> p.begin() == at + 1 && p.end() == at + name.length() - 1));
        }
    }

    @Test
    void speakersAndOutletsLinkToResolvedEntities() {
        assertThat(plain.quotes()).allMatch(q -> q.outlet() == null && (q.speaker() == null || q.speaker().entity() == null));
        assertThat(speakerName(linked, quoteWith(linked, "Sie könnten immer noch gewinnen"))).contains("Trump");
        assertThat(speakerName(linked, quoteWith(linked, "Er glaube nicht"))).contains("Trump");
        assertThat(speakerName(linked, quoteWith(linked, "Es gibt keinen besseren Ort"))).contains("Weidel");
        assertThat(speakerName(linked, quoteWith(linked, "Die Europäische Union darf"))).contains("Strack-Zimmermann");
        assertThat(speakerName(linked, quoteWith(linked, "Das ist keine einfache Aufgabe"))).contains("Selenskyj");
        assertThat(speakerName(linked, quoteWith(linked, "Das müsse massive Sanktionen"))).contains("Kiesewetter");
        assertThat(speakerName(linked, quoteWith(linked, "Mittlerweile seien es so viele"))).contains("DeepState");
        assertThat(speakerName(linked, quoteWith(linked, "es gebe derzeit nichts mitzuteilen"))).contains("Washington");
        String outlet = quoteWith(linked, "Sollte Ungarn den Kriegsverbrecher Putin").outlet();
        assertThat(linked.entityIndex().get(outlet).name()).contains("Handelsblatt");
        assertThat(linked.entityIndex().get(quoteWith(linked, "das Stimmrecht in der EU zu entziehen").outlet()).name()).contains("Handelsblatt");
    }
}
