package org.newsgraph.de;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;

/**
 * Test helper: the seed article as an {@link Article}, built here from blank-line paragraphs (short
 * lines without final punctuation are subheadings) so the German stages can be tested on their own.
 */
public final class SeedArticles {
    public static final String SEED = "seed/dpa-2025-10-21-gipfel-budapest.txt";

    private SeedArticles() {
    }

    public static Path shared() {
        String dir = System.getProperty("newsgraph.shared");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("system property newsgraph.shared must name the shared data folder, got " + dir);
        }
        return Path.of(dir);
    }

    public static Article seed() {
        try {
            String raw = Files.readString(shared().resolve(SEED), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})\\s+").matcher(raw);
            LocalDate date = null;
            String text = raw;
            if (m.find()) {
                date = LocalDate.parse(m.group(1));
                text = raw.substring(m.end());
            }
            return fromParagraphs("seed", date, text);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the seed article", e);
        }
    }

    /** An article whose sections are the blank-line separated blocks of {@code text}. */
    public static Article fromParagraphs(String id, LocalDate date, String text) {
        List<Section> sections = new ArrayList<>();
        Matcher p = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*").matcher(text);
        while (p.find()) {
            int b = p.start(), e = p.end();
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e <= b) continue;
            String block = text.substring(b, e);
            boolean heading = block.length() < 90 && !block.matches("(?s).*[.!?»“]$");
            sections.add(new Section(heading ? SectionKind.SUBHEADING : SectionKind.PARAGRAPH, b, e));
        }
        return new Article(id, date, id, null, null, text, sections, null, null);
    }
}
