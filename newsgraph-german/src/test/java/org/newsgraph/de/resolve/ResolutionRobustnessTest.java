package org.newsgraph.de.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MentionForm;

class ResolutionRobustnessTest {
    private final ResolutionStage stage = new ResolutionStage();

    private static AnalyzedArticle doc(String text, List<EntityMention> ms) {
        return AnalyzedArticle.of(new Article("r", null, "t", null, null, text, List.of(), null, null)).withEntities(ms);
    }

    @Test
    void emptyArticleAndNoMentions() {
        assertThat(stage.process(doc("", List.of())).entityIndex()).isEmpty();
        AnalyzedArticle d = stage.process(doc("Er sagte, sie komme morgen.", List.of()));
        assertThat(d.entities()).isEmpty(); // no antecedent, no pronoun mention
    }

    @Test
    void randomOverlappingMentionsNeverFailAndEveryNameGetsAnId() {
        String text = "Der ukrainische Präsident Wolodymyr Selenskyj sagte in Kiew, er erwarte Hilfe. Die Kanzlerin Angela Merkel "
                + "(CDU) und der US-Präsident trafen sich; sie sprach mit ihm über Russlands Krieg. Selenskyjs Berater widersprach.";
        Random r = new Random(42);
        EntityType[] types = EntityType.values();
        MentionForm[] forms = {MentionForm.NAME, MentionForm.DERIV, MentionForm.PART};
        for (int round = 0; round < 200; round++) {
            List<EntityMention> ms = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                int b = r.nextInt(text.length()), e = Math.min(text.length(), b + 1 + r.nextInt(25));
                ms.add(new EntityMention(b, e, text.substring(b, e), types[r.nextInt(types.length)], forms[r.nextInt(forms.length)], null));
            }
            AnalyzedArticle out = stage.process(doc(text, ms));
            for (EntityMention m : out.entities()) {
                if (m.form() == MentionForm.NAME) assertThat(m.entity()).isNotNull();
                if (m.entity() != null) assertThat(out.entityIndex()).containsKey(m.entity());
            }
        }
    }
}
