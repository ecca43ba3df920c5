package org.newsgraph.sources.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.newsgraph.model.SectionKind;
import org.newsgraph.sources.BlockText;

/**
 * The text blocks of an HTML element in reading order: headings become subheadings; paragraphs,
 * list items, block quotes and loose text between them (split at {@code <br><br>}) become paragraphs.
 * Scripts, styles, figures, tables, forms and embedded frames are not text.
 */
public final class HtmlBlocks {
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    static final Set<String> PARAGRAPHS = Set.of("p", "li", "blockquote", "pre", "dd", "dt", "address", "summary");
    static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg", "math",
            "form", "button", "input", "select", "textarea", "figure", "figcaption", "img", "video", "audio",
            "picture", "canvas", "object", "embed", "map", "head", "title", "meta", "link",
            // tables in news pages are data or layout boxes; their cells do not read as sentences
            "table");

    private HtmlBlocks() {
    }

    /** One extracted block. */
    public record Block(SectionKind kind, String text) {
    }

    /** Blocks of an HTML fragment such as a feed item's description or a ninjs body_html. */
    public static List<Block> ofFragment(String html) {
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** Blocks of an element; a heading not followed by a paragraph (a trailing "Mehr zum Thema") is dropped. */
    public static List<Block> of(Element root) {
        List<Block> raw = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    loose.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e) || node == root) return FilterResult.CONTINUE;
                String tag = e.normalName();
                if (NOT_TEXT.contains(tag)) return FilterResult.SKIP_ENTIRELY;
                // a timestamp outside a paragraph ("12.09.2025, 16:45 Uhr") is page furniture
                if (tag.equals("time")) return FilterResult.SKIP_ENTIRELY;
                if (tag.equals("br")) {
                    loose.append('\n');
                    return FilterResult.CONTINUE;
                }
                boolean heading = HEADINGS.contains(tag);
                if (heading || PARAGRAPHS.contains(tag)) {
                    // a list item or quote that holds paragraphs is walked into instead
                    if (!heading && !e.select("p, h1, h2, h3, h4, h5, h6, li").isEmpty() && e != root) {
                        flush(loose, raw);
                        return FilterResult.CONTINUE;
                    }
                    flush(loose, raw);
                    String text = BlockText.normalize(e.wholeText().isBlank() ? "" : textWithBreaks(e));
                    if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        raw.add(new Block(heading ? SectionKind.SUBHEADING : SectionKind.PARAGRAPH, text));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.isBlock()) flush(loose, raw);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e != root && e.isBlock()) flush(loose, raw);
                return FilterResult.CONTINUE;
            }
        });
        flush(loose, raw);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Block b = raw.get(i);
            if (b.kind() == SectionKind.SUBHEADING && (i + 1 == raw.size() || raw.get(i + 1).kind() == SectionKind.SUBHEADING)) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /** Text of an element, skipping non-text children; {@code <br>} counts as a space. */
    private static String textWithBreaks(Element e) {
        StringBuilder sb = new StringBuilder();
        e.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) sb.append(t.getWholeText());
                else if (node instanceof Element el && node != e) {
                    if (NOT_TEXT.contains(el.normalName())) return FilterResult.SKIP_ENTIRELY;
                    if (el.normalName().equals("br") || el.isBlock()) sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && node != e && el.isBlock()) sb.append(' ');
                return FilterResult.CONTINUE;
            }
        });
        return sb.toString();
    }

    /** Loose text becomes paragraphs, split where a blank line or two line breaks separate them. */
    private static void flush(StringBuilder loose, List<Block> out) {
        if (loose.length() == 0) return;
        for (String part : loose.toString().split("\\n[ \\t\\u00A0]*\\n")) {
            String t = BlockText.normalize(part);
            if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(new Block(SectionKind.PARAGRAPH, t));
            }
        }
        loose.setLength(0);
    }
}
