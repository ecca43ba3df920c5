package org.newsgraph.sources;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
import org.newsgraph.sources.text.DatelineParser;

/**
 * Builds an article text from extracted blocks (title, subheadings, paragraphs) for formats whose
 * text is marked up (HTML, feeds, ninjs): blocks joined by blank lines, one section per block, and
 * a dateline if one opens the first paragraph.
 */
public final class BlockText {
    /** One block of text; its whitespace is collapsed when added. */
    public record Block(SectionKind kind, String text) {
    }

    /** The built text with its sections and dateline. */
    public record Built(String text, List<Section> sections, Dateline dateline) {
    }

    private final List<Block> blocks = new ArrayList<>();

    public BlockText add(SectionKind kind, String text) {
        String t = normalize(text);
        if (!t.isEmpty()) blocks.add(new Block(kind, t));
        return this;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** True when some block other than the title has text. */
    public boolean hasBody() {
        return blocks.stream().anyMatch(b -> b.kind() != SectionKind.TITLE);
    }

    public Built build() {
        StringBuilder sb = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        Dateline dateline = Dateline.NONE;
        for (Block b : blocks) {
            if (sb.length() > 0) sb.append("\n\n");
            int begin = sb.length();
            sb.append(b.text());
            sections.add(new Section(b.kind(), begin, sb.length()));
        }
        String text = sb.toString();
        for (Section s : sections) {
            if (s.kind() == SectionKind.PARAGRAPH) {
                Dateline d = DatelineParser.parse(text, s.begin());
                if (d != null) dateline = d;
                break;
            }
        }
        return new Built(text, sections, dateline);
    }

    /** Collapses runs of whitespace (including no-break spaces from HTML) to one space. */
    public static String normalize(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
