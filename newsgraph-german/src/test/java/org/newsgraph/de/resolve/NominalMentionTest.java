package org.newsgraph.de.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.de.resolve.SeedMentions.deriv;
import static org.newsgraph.de.resolve.SeedMentions.loc;
import static org.newsgraph.de.resolve.SeedMentions.part;
import static org.newsgraph.de.resolve.SeedMentions.per;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MentionForm;

class NominalMentionTest {
    @Test
    void roleNounsReferToThePersonWhoFitsThem() {
        // the article says who is Ukrainian; the nominals must follow that evidence, not recency
        String text = "Der ukrainische Präsident Wolodymyr Selenskyj hat Donald Trump im Weißen Haus getroffen. Trump sagte weitere Hilfe zu. "
                + "Der ukrainische Präsident bedankte sich. Der US-Präsident kündigte an, er werde bald nach Europa reisen.";
        AnalyzedArticle d = new ResolutionStage().process(SeedMentions.annotate("n", text, Dateline.NONE, List.of(
                per("Wolodymyr Selenskyj"), per("Donald Trump"), per("Trump"), deriv("ukrainische"), part("US", EntityType.LOC),
                loc("Europa"))));
        assertThat(nominal(d, "Der ukrainische Präsident")).isEqualTo("per:wolodymyr-selenskyj");
        assertThat(d.entities()).noneMatch(m -> m.form() == MentionForm.NOMINAL && m.begin() == 0); // apposition, not a mention
        assertThat(nominal(d, "Der US-Präsident")).isEqualTo("per:donald-trump");
        EntityMention er = d.entities().stream().filter(m -> m.form() == MentionForm.PRONOUN).findFirst().orElseThrow();
        assertThat(er.text()).isEqualTo("er");
        assertThat(er.entity()).isEqualTo("per:donald-trump");
        assertThat(Antecedents.of(d).resolveOffset(er.begin()).orElseThrow().name()).isEqualTo("Donald Trump");
        assertThat(d.entityIndex().get("loc:europa-6255148")).isNotNull();
    }

    private static String nominal(AnalyzedArticle d, String surface) {
        return d.entities().stream().filter(m -> m.form() == MentionForm.NOMINAL && m.text().equals(surface))
                .map(EntityMention::entity).findFirst().orElse(null);
    }
}
