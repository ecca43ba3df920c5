package org.newsgraph.sources.text;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;

/**
 * The structure of plain news text: blocks separated by blank lines (or by line breaks when the text
 * has no blank lines) are paragraphs; a dateline may open the first paragraph; short single-line
 * blocks without sentence-final punctuation between paragraphs are subheadings; such a line at the
 * very start is the title when no dateline opens the text.
 */
public final class TextStructure {
    /** Subheadings and titles are short: dpa subheadings have 3 to 12 words. */
    static final int MAX_HEADING_CHARS = 140;
    static final int MAX_HEADING_WORDS = 18;

    private TextStructure() {
    }

    /** The structure found; {@code title} is the title's text when one was found. */
    public record Result(String title, Dateline dateline, List<Section> sections) {
    }

    /** A non-blank block of lines, trimmed: {@code [begin, end)} in the text. */
    record Block(int begin, int end, boolean singleLine) {
    }

    /**
     * @param detectTitle whether a first short line may be the title (false when the input names
     *                    the title elsewhere, as JSON Lines do)
     */
    public static Result analyze(String text, boolean detectTitle) {
        List<Block> blocks = blocks(text);
        List<Section> sections = new ArrayList<>(blocks.size());
        String title = null;
        Dateline dateline = Dateline.NONE;
        int first = 0;
        if (!blocks.isEmpty()) {
            Dateline d = DatelineParser.parse(text, blocks.get(0).begin());
            if (d != null) {
                dateline = d;
            } else if (detectTitle && blocks.size() > 1 && isHeading(text, blocks.get(0))) {
                Block b = blocks.get(0);
                title = text.substring(b.begin(), b.end());
                sections.add(new Section(SectionKind.TITLE, b.begin(), b.end()));
                first = 1;
                if (first < blocks.size()) {
                    Dateline d2 = DatelineParser.parse(text, blocks.get(first).begin());
                    if (d2 != null) dateline = d2;
                }
            }
        }
        for (int i = first; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean between = i > first && i + 1 < blocks.size() && !isHeading(text, blocks.get(i + 1));
            SectionKind kind = between && isHeading(text, b) ? SectionKind.SUBHEADING : SectionKind.PARAGRAPH;
            sections.add(new Section(kind, b.begin(), b.end()));
        }
        return new Result(title, dateline, sections);
    }

    /** A short single line that does not end like a sentence. */
    static boolean isHeading(String text, Block b) {
        if (!b.singleLine() || b.end() - b.begin() > MAX_HEADING_CHARS) return false;
        String s = text.substring(b.begin(), b.end());
        if (!Character.isLetterOrDigit(s.codePointAt(0)) && "„»«\"‚‹›'“".indexOf(s.charAt(0)) < 0) return false;
        if (s.split("\\s+").length > MAX_HEADING_WORDS) return false;
        int j = s.length() - 1;
        while (j > 0 && "«»\"“”’‘‹›')]".indexOf(s.charAt(j)) >= 0) j--;
        char last = s.charAt(j);
        if (".!?:;,…".indexOf(last) >= 0) return false;
        return s.codePoints().anyMatch(Character::isLetter);
    }

    static List<Block> blocks(String text) {
        List<int[]> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            lines.add(new int[]{start, end});
            if (nl < 0) break;
            start = nl + 1;
        }
        // a blank line separates paragraphs only when text follows it and precedes it
        boolean hasBlank = false;
        int nonBlank = 0;
        boolean pendingBlank = false;
        for (int[] l : lines) {
            if (isBlank(text, l[0], l[1])) {
                pendingBlank = nonBlank > 0;
            } else {
                if (pendingBlank) hasBlank = true;
                pendingBlank = false;
                nonBlank++;
            }
        }
        // Without blank lines, paragraphs are separated by single line breaks.
        boolean lineIsBlock = !hasBlank || nonBlank == 0;
        List<Block> out = new ArrayList<>();
        int bBegin = -1, bEnd = -1, count = 0;
        for (int[] l : lines) {
            boolean blank = isBlank(text, l[0], l[1]);
            if (!blank) {
                int[] t = trim(text, l[0], l[1]);
                if (lineIsBlock) {
                    out.add(new Block(t[0], t[1], true));
                    continue;
                }
                if (bBegin < 0) bBegin = t[0];
                bEnd = t[1];
                count++;
            } else if (bBegin >= 0) {
                out.add(new Block(bBegin, bEnd, count == 1));
                bBegin = -1;
                count = 0;
            }
        }
        if (bBegin >= 0) out.add(new Block(bBegin, bEnd, count == 1));
        return out;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(s.charAt(i))) return false;
        }
        return true;
    }

    private static int[] trim(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) from++;
        while (to > from && isSpace(s.charAt(to - 1))) to--;
        return new int[]{from, to};
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\uFEFF';
    }
}
