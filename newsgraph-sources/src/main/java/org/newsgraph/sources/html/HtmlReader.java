package org.newsgraph.sources.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsgraph.model.Article;
import org.newsgraph.model.SectionKind;
import org.newsgraph.sources.ArticleReader;
import org.newsgraph.sources.BlockText;
import org.newsgraph.sources.Dates;
import org.newsgraph.sources.Document;
import org.newsgraph.sources.Format;
import org.newsgraph.sources.Ids;
import org.newsgraph.sources.ReadException;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.ReadResult;
import org.newsgraph.sources.TextDecoder;

/**
 * Reads a news web page with jsoup and extracts its main text: the headline ({@code h1}, else
 * {@code og:title}, else {@code <title>}), then the paragraphs and subheadings ({@code h2}-{@code h4})
 * of the main content. Navigation, page header and footer, asides, ads, share bars, comments,
 * scripts and forms are dropped. The main content is the {@code <article>} (or {@code <main>}, or
 * {@code itemprop=articleBody}) with the most paragraph text, else the element whose paragraphs
 * hold the most text. Date from {@code article:published_time}, {@code <time datetime>} or JSON-LD;
 * id from the canonical URL.
 */
public final class HtmlReader implements ArticleReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|site-header|masthead|sidebar|aside"
                    + "|comments?|kommentare?|discussion|ad|ads|adslot|advert\\w*|anzeige|werbung|banner|sponsored|promo\\w*"
                    + "|cookie\\w*|consent|newsletter|subscribe|paywall|share|sharing|social|related|recommend\\w*"
                    + "|read-more|more-articles|outbrain|taboola|popup|modal|toolbar|skip-link|print-only"
                    // MediaWiki (Wikinews): edit links, print-hidden furniture, categories, boxes
                    + "|editsection|noprint|catlinks|jump-link|infobox|navbox|toc|metadata)(?:$|[-_\\s])");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public List<ReadResult> read(Document doc, ReadOptions options) throws ReadException {
        List<String> notes = new ArrayList<>();
        String html = decode(doc.bytes(), notes);
        if (html.isBlank()) throw new ReadException("no HTML (only whitespace)");
        String base = doc.source().startsWith("http") ? doc.source() : "";
        org.jsoup.nodes.Document page = Jsoup.parse(html, base);

        String canonical = attr(page, "link[rel=canonical]", "href");
        if (canonical == null) canonical = attr(page, "meta[property=og:url]", "content");
        LocalDate date = date(page, options);
        String lang = page.selectFirst("html") != null ? page.selectFirst("html").attr("lang") : "";

        removeBoilerplate(page);
        Element main = mainContent(page);
        if (main == null) throw new ReadException("no article text found in the HTML page");

        String title = null;
        Element h1 = main.selectFirst("h1");
        if (h1 == null) h1 = page.body().selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) title = h1.text();
        if (title == null) title = attr(page, "meta[property=og:title]", "content");
        if (title == null && !page.title().isBlank()) title = page.title();

        BlockText blocks = new BlockText();
        if (title != null) blocks.add(SectionKind.TITLE, title);
        String normalizedTitle = title == null ? null : BlockText.normalize(title);
        List<HtmlBlocks.Block> found = HtmlBlocks.of(main);
        // what stands before the headline (kicker, breadcrumbs) is not the article's text
        int start = 0;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).kind() == SectionKind.SUBHEADING && found.get(i).text().equals(normalizedTitle)) {
                start = i + 1;
                break;
            }
        }
        for (HtmlBlocks.Block b : found.subList(start, found.size())) {
            if (b.kind() == SectionKind.SUBHEADING && b.text().equals(normalizedTitle)) continue;
            blocks.add(b.kind(), b.text());
        }
        if (!blocks.hasBody()) throw new ReadException("no article text found in the HTML page");
        BlockText.Built built = blocks.build();

        if (date == null && options.defaultDate() != null) {
            date = options.defaultDate();
            notes.add("date " + date + " from --date");
        }
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        if (canonical != null) meta.put("url", canonical);
        if (!lang.isBlank()) meta.put("language", lang);
        String id = canonical != null ? canonical : Ids.derive(doc.idPrefix(), built.text());
        return List.of(ReadResult.read(new Article(id, date, doc.source(), normalizedTitle, built.dateline(),
                built.text(), built.sections(), meta.isEmpty() ? null : meta, notes)));
    }

    /** UTF-8 when valid, else the charset the page declares, else the Windows-1252/ISO-8859-1 fallback. */
    private static String decode(byte[] bytes, List<String> notes) throws ReadException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset cs;
            try {
                cs = Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                cs = null;
            }
            if (cs != null && !cs.name().startsWith("UTF")) {
                String sig = TextDecoder.binarySignature(bytes, 0, bytes.length);
                if (sig != null) throw new ReadException("binary file (" + sig + "), not text");
                TextDecoder.checkNotBinary(bytes, 0, bytes.length);
                return new String(bytes, cs);
            }
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        if (d.note() != null) notes.add(d.note());
        return d.text();
    }

    static void removeBoilerplate(org.jsoup.nodes.Document page) {
        page.select("script, style, noscript, template, iframe, svg, form, button, input, select, textarea, "
                + "nav, aside, footer, figure, [role=navigation], [role=banner], [role=contentinfo], "
                + "[role=complementary], [role=search], [aria-hidden=true], [hidden], dialog").remove();
        for (Element header : page.select("header")) {
            if (header.selectFirst("h1") == null) header.remove();
        }
        List<Element> junk = new ArrayList<>();
        for (Element e : page.body() == null ? new Elements() : page.body().getAllElements()) {
            if (e == page.body() || e.normalName().equals("article") || e.normalName().equals("main")) continue;
            String names = e.className() + " " + e.id();
            if (!names.isBlank() && BOILERPLATE.matcher(names).find() && e.selectFirst("h1") == null) junk.add(e);
        }
        for (Element e : junk) {
            if (e.parent() != null) e.remove();
        }
    }

    static Element mainContent(org.jsoup.nodes.Document page) {
        if (page.body() == null) return null;
        Element best = null;
        int bestLen = 0;
        for (Element c : page.select("article, main, [role=main], [itemprop=articleBody]")) {
            int len = paragraphText(c);
            if (len > bestLen || (len == bestLen && best != null && best.parents().contains(c))) {
                best = c;
                bestLen = len;
            }
        }
        if (best != null && bestLen >= 200) return best;
        // Score parents by the text of their paragraphs (as readability does) and take the best.
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : page.body().select("p")) {
            int len = p.text().length();
            if (len < 25) continue;
            Element parent = p.parent();
            if (parent == null) continue;
            score.merge(parent, len, Integer::sum);
            if (parent.parent() != null) score.merge(parent.parent(), len / 2, Integer::sum);
        }
        Element top = null;
        int topScore = 0;
        for (Map.Entry<Element, Integer> e : score.entrySet()) {
            if (e.getValue() > topScore) {
                top = e.getKey();
                topScore = e.getValue();
            }
        }
        if (top != null) return top;
        if (best != null && bestLen > 0) return best;
        return page.body().text().isBlank() ? null : page.body();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }

    private static LocalDate date(org.jsoup.nodes.Document page, ReadOptions options) throws ReadException {
        List<String> candidates = new ArrayList<>();
        for (String sel : new String[]{"meta[property=article:published_time]", "meta[name=date]",
                "meta[name=publish-date]", "meta[name=pubdate]", "meta[itemprop=datePublished]", "meta[name=dc.date]",
                "meta[name=DC.date.issued]"}) {
            String v = attr(page, sel, "content");
            if (v != null) candidates.add(v);
        }
        for (Element s : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = MAPPER.readTree(s.data());
                JsonNode d = n.isArray() && n.size() > 0 ? n.get(0).get("datePublished") : n.get("datePublished");
                if (d != null && d.isTextual()) candidates.add(d.textValue());
            } catch (Exception ignored) {
                // broken JSON-LD is common and not the article's text
            }
        }
        Element time = page.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        if (time != null) candidates.add(time.attr("datetime"));
        for (String c : candidates) {
            try {
                return Dates.parse(c, options.zone());
            } catch (ReadException ignored) {
                // try the next candidate
            }
        }
        return null;
    }

    private static String attr(org.jsoup.nodes.Document page, String selector, String attr) {
        Element e = page.selectFirst(selector);
        if (e == null) return null;
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }
}
