package org.newsgraph.de.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.de.resolve.SeedMentions.loc;
import static org.newsgraph.de.resolve.SeedMentions.per;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Dateline;

class EntityRegistryTest {
    private final ResolutionStage stage = new ResolutionStage();

    private AnalyzedArticle article(String id, String text, SeedMentions.Surface... s) {
        return stage.process(SeedMentions.annotate(id, text, Dateline.NONE, List.of(s)));
    }

    private List<AnalyzedArticle> corpus() {
        return List.of(
                article("a1", "Der ukrainische Präsident Wolodymyr Selenskyj traf in Kiew ein. Selenskyj sagte, er sei zuversichtlich.",
                        per("Wolodymyr Selenskyj"), per("Selenskyj"), loc("Kiew")),
                article("a2", "In Kyjiw sprach Präsident Wolodymyr Zelensky mit Sergej Lavrov nicht.",
                        per("Wolodymyr Zelensky"), per("Sergej Lavrov"), loc("Kyjiw")),
                article("a3", "Zelenskyy forderte in Kyiv mehr Hilfe. Der russische Außenminister Sergej Lawrow widersprach.",
                        per("Zelenskyy"), per("Sergej Lawrow"), loc("Kyiv")),
                article("a4", "Ungarns Regierungschef Viktor Orbán empfing Gäste. Orban lobte das Treffen.",
                        per("Viktor Orbán"), per("Orban"), loc("Ungarns")),
                article("a5", "Die Schwestern Serena Williams und Venus Williams spielten Doppel. Williams gewann.",
                        per("Serena Williams"), per("Venus Williams"), per("Williams")));
    }

    @Test
    void variantsMeetAcrossArticlesWithStableIds() {
        EntityRegistry r = new EntityRegistry();
        corpus().forEach(r::add);
        var ids = r.entities().keySet();
        assertThat(r.find("Zelensky")).hasSize(1);
        assertThat(r.find("Selenskyj")).containsExactlyElementsOf(r.find("Zelenskyy"));
        assertThat(EntityRegistry.idOf(r.find("Selensky").get(0))).startsWith("per:wolodymyr-");
        assertThat(r.find("Lavrov")).hasSize(1).containsExactlyElementsOf(r.find("Lawrow"));
        assertThat(r.find("Kyiv")).hasSize(1).containsExactlyElementsOf(r.find("Kiew"));
        assertThat(r.find("Orban")).hasSize(1).containsExactlyElementsOf(r.find("Orbán"));
        assertThat(r.find("Selenskyj").get(0).mentions()).isGreaterThanOrEqualTo(4);
        // two people share a surname: both stay, the bare surname is not folded into either
        assertThat(ids).contains("per:serena-williams", "per:venus-williams");
        assertThat(r.find("Serena Williams")).hasSize(1);

        // independent of article order
        List<AnalyzedArticle> shuffled = new ArrayList<>(corpus());
        Collections.reverse(shuffled);
        EntityRegistry r2 = new EntityRegistry();
        shuffled.forEach(r2::add);
        assertThat(r2.entities().keySet()).isEqualTo(ids);
    }
}
