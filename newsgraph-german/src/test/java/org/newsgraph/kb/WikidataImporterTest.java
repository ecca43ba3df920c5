package org.newsgraph.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataImporterTest {
    @TempDir
    Path tmp;

    private Path sample(String name) throws Exception {
        Path p = tmp.resolve(name);
        try (var in = getClass().getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void importsTheGzipSample() throws Exception {
        WikidataImporter.Result r = WikidataImporter.importDump(sample("wikidata-sample.json.gz"), tmp.resolve("kb"));
        assertThat(r.read()).isEqualTo(6);
        assertThat(r.kept()).isEqualTo(5); // the item with only a French label is dropped
        assertThat(r.errors()).isZero();
        KnowledgeBase kb = KnowledgeBase.load(tmp.resolve("kb"));
        assertThat(kb.size()).isEqualTo(5);
        KbEntity z = kb.find("Zelensky").get(0);
        assertThat(z.id()).isEqualTo("Q3874799");
        assertThat(kb.find("Selenskyj")).containsExactly(z);
        assertThat(kb.find("Zelenskyy")).containsExactly(z);
        assertThat(z.labelDe()).isEqualTo("Wolodymyr Selenskyj");
        assertThat(z.isHuman()).isTrue();
        assertThat(z.positions()).containsExactly("Q1216233");
        assertThat(z.party()).containsExactly("Q47036426");
        assertThat(z.aliases()).doesNotContain("ignored alias");
        KbEntity kyiv = kb.find("Kyjiw").get(0);
        assertThat(kyiv.id()).isEqualTo("Q1899");
        assertThat(kyiv.country()).containsExactly("Q212");
        assertThat(kyiv.lat()).isCloseTo(50.45, within(1e-4));
        assertThat(kb.find("Kiev")).containsExactly(kyiv);
        assertThat(kb.find("Orban").get(0).id()).isEqualTo("Q57652");
    }

    @Test
    void bzip2GivesTheSameStore() throws Exception {
        WikidataImporter.importDump(sample("wikidata-sample.json.gz"), tmp.resolve("a"));
        WikidataImporter.importDump(sample("wikidata-sample.json.bz2"), tmp.resolve("b"));
        assertThat(Files.readAllBytes(tmp.resolve("a").resolve(KnowledgeBase.FILE)))
                .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(KnowledgeBase.FILE)));
    }

    @Test
    void malformedLinesAreCountedAndSkipped() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "[\n{\"type\":\"item\",\"id\":\"Q1\",\"labels\":{\"de\":{\"value\":\"Universum\"}}},\n{broken\n]\n");
        WikidataImporter.Result r = WikidataImporter.importDump(bad, tmp.resolve("c"));
        assertThat(r.kept()).isEqualTo(1);
        assertThat(r.errors()).isEqualTo(1);
    }

    @Test
    void resolvedEntitiesCarryWikidataIds() throws Exception {
        WikidataImporter.importDump(sample("wikidata-sample.json.bz2"), tmp.resolve("kb"));
        KnowledgeBase kb = KnowledgeBase.load(tmp.resolve("kb"));
        var stage = new org.newsgraph.de.resolve.ResolutionStage(org.newsgraph.de.places.Gazetteer.get(),
                org.newsgraph.de.resolve.RoleLexicon.get(), org.newsgraph.de.resolve.FirstNames.get(), kb);
        String text = "Wolodymyr Selenskyj reiste nach Kiew. Dort traf Selenskyj Viktor Orban.";
        var doc = org.newsgraph.model.AnalyzedArticle.of(new org.newsgraph.model.Article("t", null, "t", null, null, text,
                java.util.List.of(), null, null)).withEntities(java.util.List.of(
                m(text, "Wolodymyr Selenskyj", 0, org.newsgraph.model.EntityType.PER),
                m(text, "Kiew", 0, org.newsgraph.model.EntityType.LOC),
                m(text, "Selenskyj", 30, org.newsgraph.model.EntityType.PER),
                m(text, "Viktor Orban", 0, org.newsgraph.model.EntityType.PER)));
        var out = stage.process(doc);
        assertThat(out.entityIndex().get("per:wolodymyr-selenskyj").wikidata()).isEqualTo("Q3874799");
        assertThat(out.entityIndex().get("per:viktor-orban").wikidata()).isEqualTo("Q57652");
        assertThat(out.entityIndex().values()).filteredOn(r -> r.name().equals("Kiew")).singleElement()
                .extracting(r -> r.wikidata()).isEqualTo("Q1899");
    }

    private static org.newsgraph.model.EntityMention m(String text, String s, int from, org.newsgraph.model.EntityType t) {
        int b = text.indexOf(s, from);
        return new org.newsgraph.model.EntityMention(b, b + s.length(), s, t, org.newsgraph.model.MentionForm.NAME, null);
    }
}
