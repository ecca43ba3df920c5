package org.newsgraph.sources.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
import org.newsgraph.sources.BlockText;
import org.newsgraph.sources.Dates;
import org.newsgraph.sources.Ids;
import org.newsgraph.sources.ReadException;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.html.HtmlBlocks;
import org.newsgraph.sources.text.TextStructure;

/**
 * Maps an IPTC ninjs item (1.x: {@code headline}, {@code body_text}/{@code body_html}; 2.x:
 * {@code headlines[]}, {@code bodies[]}) to an article. The text is built from the headline and the
 * body's blocks; {@code uri} (else {@code guid}) is the id; {@code versioncreated} (else
 * {@code firstcreated}, {@code contentcreated}) the date; {@code located} the dateline place when the
 * text has no dateline. All other fields are kept under {@code meta}.
 */
public final class NinjsMapper {
    private static final Set<String> MAPPED = Set.of("uri", "guid", "headline", "headlines", "body_text", "body_html",
            "bodies", "versioncreated", "firstcreated", "contentcreated", "located");

    private NinjsMapper() {
    }

    /** Has the fields of a ninjs item rather than newsgraph's own {@code text}. */
    public static boolean looksLikeNinjs(ObjectNode n) {
        return n.has("body_text") || n.has("body_html") || n.has("bodies") || n.has("headline") || n.has("headlines")
                || (n.has("uri") && n.has("type"));
    }

    public static Article toArticle(ObjectNode n, String source, String idPrefix, String note, ReadOptions options)
            throws ReadException {
        String headline = text(n.get("headline"));
        if (headline == null && n.get("headlines") instanceof com.fasterxml.jackson.databind.node.ArrayNode hs) {
            for (JsonNode h : hs) {
                String v = text(h.get("value"));
                if (v != null && (headline == null || "main".equals(text(h.get("role"))))) headline = v;
            }
        }
        BlockText blocks = new BlockText();
        if (headline != null) blocks.add(SectionKind.TITLE, headline);
        String bodyText = text(n.get("body_text"));
        String bodyHtml = text(n.get("body_html"));
        if (bodyText == null && bodyHtml == null && n.get("bodies") instanceof com.fasterxml.jackson.databind.node.ArrayNode bs) {
            for (JsonNode b : bs) {
                String ct = String.valueOf(text(b.get("contenttype")));
                String v = text(b.get("value"));
                if (v == null) continue;
                if (ct.contains("html")) { if (bodyHtml == null) bodyHtml = v; }
                else if (bodyText == null) bodyText = v;
            }
        }
        if (bodyHtml != null) {
            for (HtmlBlocks.Block b : HtmlBlocks.ofFragment(bodyHtml)) blocks.add(b.kind(), b.text());
        } else if (bodyText != null) {
            TextStructure.Result s = TextStructure.analyze(bodyText, false);
            for (Section sec : s.sections()) blocks.add(sec.kind(), bodyText.substring(sec.begin(), sec.end()));
        }
        if (!blocks.hasBody()) throw new ReadException("ninjs item has no body (body_text, body_html or bodies)");
        BlockText.Built built = blocks.build();

        List<String> notes = new ArrayList<>();
        if (note != null) notes.add(note);
        LocalDate date = null;
        for (String f : new String[]{"versioncreated", "firstcreated", "contentcreated"}) {
            String v = text(n.get(f));
            if (v != null) { date = Dates.parse(v, options.zone()); break; }
        }
        if (date == null && options.defaultDate() != null) {
            date = options.defaultDate();
            notes.add("date " + date + " from --date");
        }
        Dateline dateline = built.dateline();
        String located = text(n.get("located"));
        if (dateline.isEmpty() && located != null) dateline = new Dateline(List.of(located), null, null);
        String id = text(n.get("uri"));
        if (id == null) id = text(n.get("guid"));
        if (id == null) id = Ids.derive(idPrefix, built.text());
        ObjectNode meta = n.deepCopy();
        meta.remove(MAPPED);
        return new Article(id, date, source, headline == null ? null : BlockText.normalize(headline), dateline, built.text(), built.sections(),
                meta.isEmpty() ? null : meta, notes);
    }

    private static String text(JsonNode v) {
        return v != null && v.isTextual() && !v.textValue().isBlank() ? v.textValue().strip() : null;
    }
}
