package org.newsgraph.sources.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.sources.Samples.article;
import static org.newsgraph.sources.Samples.sectionTexts;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.SectionKind;
import org.newsgraph.sources.ReadResult;
import org.newsgraph.sources.Samples;

class FeedReaderTest {

    @Test
    void rss2OneArticlePerItemWithFullContent() {
        String file = Samples.path("feed/nachrichten-rss.xml").toString();
        List<ReadResult> r = Samples.read(Samples.path("feed/nachrichten-rss.xml"));
        assertThat(r).hasSize(2);
        Article a = article(r.get(0));
        assertThat(a.id()).isEqualTo("nachrichten-rentenpaket-101");
        assertThat(a.source()).isEqualTo(file + "#1");
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(a.title()).isEqualTo("Bundestag beschließt Rentenpaket");
        assertThat(sectionTexts(a, SectionKind.SUBHEADING)).containsExactly("Junge Union bleibt skeptisch");
        assertThat(sectionTexts(a, SectionKind.PARAGRAPH)).hasSize(2);
        assertThat(a.text()).contains("„guten Tag für die Rentnerinnen und Rentner“").doesNotContain("<p>").doesNotContain("&");
        assertThat(a.dateline().places()).containsExactly("Berlin");
        assertThat(a.meta().get("url").asText()).isEqualTo("https://nachrichten.example.org/inland/rentenpaket-101.html");
        assertThat(a.meta().get("categories").get(0).asText()).isEqualTo("Inland");

        Article b = article(r.get(1));
        assertThat(b.title()).isEqualTo("Sturmtief \"Zoltan\" erreicht Norddeutschland");
        assertThat(b.id()).isEqualTo("https://nachrichten.example.org/wetter/sturm-zoltan-102.html");
        assertThat(sectionTexts(b, SectionKind.PARAGRAPH)).containsExactly(
                "Hamburg (dpa) - Das Sturmtief «Zoltan» hat in der Nacht Norddeutschland erreicht.",
                "Der Deutsche Wetterdienst warnte vor Orkanböen an der Küste.");
    }

    @Test
    void atomEntriesWithContentOrSummary() {
        List<ReadResult> r = Samples.read(Samples.path("feed/atom.xml"));
        assertThat(r).hasSize(2);
        Article a = article(r.get(0));
        assertThat(a.id()).isEqualTo("https://de.wikinews.org/wiki/Mehrere_Dutzend_Tote_bei_Erdbeben_in_Neuseeland");
        // published 2011-02-22T09:30+13:00 is 2011-02-21 in Berlin
        assertThat(a.date()).isEqualTo(LocalDate.of(2011, 2, 21));
        assertThat(a.text()).isEqualTo("Mehrere Dutzend Tote bei Erdbeben in Neuseeland\n\n"
                + "Ein Erdbeben der Stärke 6,3 hat die neuseeländische Stadt Christchurch erschüttert. Mindestens 65 Menschen kamen ums Leben.\n\n"
                + "Premierminister John Key sprach von einem „schwarzen Tag“ für das Land.");
        Article b = article(r.get(1));
        assertThat(b.id()).isEqualTo("tag:example.org,2011:kurz-1");
        assertThat(sectionTexts(b, SectionKind.PARAGRAPH)).containsExactly("Die Aufräumarbeiten in Christchurch dauern an.");
        assertThat(b.date()).isEqualTo(LocalDate.of(2011, 2, 23));
    }
}
