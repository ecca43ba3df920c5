package org.newsgraph.sources.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
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
import org.newsgraph.sources.html.HtmlBlocks;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome: one article per item or entry, its text built
 * from the title and the full content ({@code content:encoded}, Atom {@code content}) or else the
 * description/summary, with HTML reduced to blocks. Item id: {@code guid} / Atom {@code id}, else the link.
 */
public final class FeedReader implements ArticleReader {
    private static final Pattern DECLARED = Pattern.compile("\\A\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    @Override
    public Format format() {
        return Format.FEED;
    }

    @Override
    public List<ReadResult> read(Document doc, ReadOptions options) throws ReadException {
        String note = null;
        String xml;
        byte[] bytes = doc.bytes();
        String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        Charset declared = null;
        if (m.find()) {
            try {
                declared = Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new ReadException("unknown encoding '" + m.group(1) + "' declared in the XML prolog");
            }
        }
        if (declared != null && !declared.name().startsWith("UTF")) {
            String sig = TextDecoder.binarySignature(bytes, 0, bytes.length);
            if (sig != null) throw new ReadException("binary file (" + sig + "), not text");
            TextDecoder.checkNotBinary(bytes, 0, bytes.length);
            xml = new String(bytes, declared);
        } else {
            TextDecoder.Decoded d = TextDecoder.decode(bytes);
            xml = d.text();
            note = d.note();
        }
        if (xml.isBlank()) throw new ReadException("no XML (only whitespace)");
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new StringReader(xml));
        } catch (ParsingFeedException e) {
            throw new ReadException("malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + rootCause(e));
        } catch (FeedException | IllegalArgumentException e) {
            throw new ReadException("not an RSS or Atom feed: " + rootCause(e));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) throw new ReadException("feed has no items");
        List<ReadResult> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String where = doc.source() + "#" + (i + 1);
            String fallbackId = Ids.forSource(doc.idPrefix()) + "-item-" + (i + 1);
            try {
                out.add(ReadResult.read(entry(entries.get(i), feed, where, doc.idPrefix(), note, options, i + 1)));
            } catch (ReadException e) {
                SyndEntry en = entries.get(i);
                String id = en.getUri() != null && !en.getUri().isBlank() ? en.getUri() : fallbackId;
                out.add(ReadResult.failed(id, where, e.getMessage()));
            }
        }
        return out;
    }

    private static Article entry(SyndEntry e, SyndFeed feed, String source, String idPrefix, String note,
                                 ReadOptions options, int number) throws ReadException {
        String title = e.getTitle() == null ? null : plain(e.getTitle());
        BlockText blocks = new BlockText();
        if (title != null) blocks.add(SectionKind.TITLE, title);
        SyndContent body = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank() && (body == null || c.getValue().length() > body.getValue().length())) {
                body = c;
            }
        }
        if (body == null && e.getDescription() != null && e.getDescription().getValue() != null
                && !e.getDescription().getValue().isBlank()) {
            body = e.getDescription();
        }
        if (body != null) {
            if ("text".equals(body.getType()) || "text/plain".equals(body.getType())) {
                for (String p : body.getValue().split("\\n\\s*\\n")) blocks.add(SectionKind.PARAGRAPH, p);
            } else {
                for (HtmlBlocks.Block b : HtmlBlocks.ofFragment(body.getValue())) blocks.add(b.kind(), b.text());
            }
        }
        if (blocks.isEmpty()) throw new ReadException("feed item " + number + " has neither title nor text");
        BlockText.Built built = blocks.build();
        List<String> notes = new ArrayList<>();
        if (note != null) notes.add(note);
        if (!blocks.hasBody()) notes.add("feed item has a title but no text");
        LocalDate date = Dates.of(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate(), options.zone());
        if (date == null && options.defaultDate() != null) {
            date = options.defaultDate();
            notes.add("date " + date + " from --date");
        }
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        if (e.getLink() != null) meta.put("url", e.getLink());
        if (e.getAuthor() != null && !e.getAuthor().isBlank()) meta.put("author", e.getAuthor());
        if (!e.getCategories().isEmpty()) {
            var cats = meta.putArray("categories");
            for (SyndCategory c : e.getCategories()) if (c.getName() != null) cats.add(c.getName());
        }
        if (feed.getTitle() != null) meta.put("feed", feed.getTitle());
        String id = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip()
                : e.getLink() != null && !e.getLink().isBlank() ? e.getLink().strip() : Ids.derive(idPrefix, built.text());
        return new Article(id, date, source, title == null ? null : BlockText.normalize(title), built.dateline(),
                built.text(), built.sections(), meta, notes);
    }

    private static String plain(String s) {
        return s.indexOf('<') >= 0 ? Jsoup.parse(s).text() : s;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
