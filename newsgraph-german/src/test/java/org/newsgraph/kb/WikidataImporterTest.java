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
}
