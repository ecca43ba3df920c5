package org.newsgraph.de.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MentionForm;

/**
 * Test helper: builds the NER layer a recogniser would produce, by marking every whole-word
 * occurrence of the given surfaces (longest first, no overlaps).
 */
final class SeedMentions {
    private SeedMentions() {
    }

    record Surface(String text, EntityType type, MentionForm form) {
    }

    static Surface per(String s) { return new Surface(s, EntityType.PER, MentionForm.NAME); }
    static Surface loc(String s) { return new Surface(s, EntityType.LOC, MentionForm.NAME); }
    static Surface org(String s) { return new Surface(s, EntityType.ORG, MentionForm.NAME); }
    static Surface oth(String s) { return new Surface(s, EntityType.OTH, MentionForm.NAME); }
    static Surface deriv(String s) { return new Surface(s, EntityType.LOC, MentionForm.DERIV); }
    static Surface part(String s, EntityType t) { return new Surface(s, t, MentionForm.PART); }

    static String seedText() throws IOException {
        String shared = System.getProperty("newsgraph.shared");
        if (shared == null) throw new IllegalStateException("system property newsgraph.shared is not set");
        return Files.readString(Path.of(shared, "seed", "dpa-2025-10-21-gipfel-budapest.txt"), StandardCharsets.UTF_8);
    }

    static AnalyzedArticle annotate(String id, String text, Dateline dateline, List<Surface> surfaces) {
        List<EntityMention> out = new ArrayList<>();
        List<Surface> sorted = new ArrayList<>(surfaces);
        sorted.sort(Comparator.comparingInt((Surface s) -> -s.text().length()));
        boolean[] taken = new boolean[text.length()];
        for (Surface s : sorted) {
            // parts ("US-") are followed by a word, names end at a word boundary
            String tail = s.form() == MentionForm.PART ? "(?=-\\p{L})" : "(?![\\p{L}\\p{N}])";
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s.text()) + tail).matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) free &= !taken[i];
                if (!free) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                out.add(new EntityMention(m.start(), m.end(), s.text(), s.type(), s.form(), null));
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::begin));
        Article a = new Article(id, LocalDate.of(2025, 10, 21), "test", null, dateline, text, List.of(), null, List.of());
        // tokens and morphology as the pipeline gives them (resolution reads lemmas and case), then the hand-made mentions
        return org.newsgraph.de.GermanPipeline.get().upTo(org.newsgraph.model.Layer.MORPHOLOGY).analyze(a).withEntities(out);
    }
}
