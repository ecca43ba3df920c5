package org.newsgraph.sources.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.sources.Dates;
import org.newsgraph.sources.Ids;
import org.newsgraph.sources.ReadException;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.ninjs.NinjsMapper;
import org.newsgraph.sources.text.TextStructure;

/**
 * Turns one JSON object into an article: newsgraph's own form {@code {"id","date","title","text",...}}
 * (other fields are kept under {@code meta}) or an IPTC ninjs item.
 */
public final class JsonRecords {
    private static final Set<String> OWN = Set.of("id", "date", "title", "text");

    private JsonRecords() {
    }

    public static Article toArticle(ObjectNode n, String source, String idPrefix, String note, ReadOptions options)
            throws ReadException {
        if (!n.has("text") && NinjsMapper.looksLikeNinjs(n)) {
            return NinjsMapper.toArticle(n, source, idPrefix, note, options);
        }
        JsonNode textNode = n.get("text");
        if (textNode == null || textNode.isNull()) throw new ReadException("no \"text\" field");
        if (!textNode.isTextual()) throw new ReadException("\"text\" is not a string but " + kind(textNode));
        String text = textNode.textValue();
        if (text.isBlank()) throw new ReadException("\"text\" is empty");
        String id = scalar(n, "id");
        String title = scalar(n, "title");
        List<String> notes = new ArrayList<>();
        if (note != null) notes.add(note);
        LocalDate date = null;
        String dateValue = scalar(n, "date");
        if (dateValue != null && !dateValue.isBlank()) date = Dates.parse(dateValue, options.zone());
        if (date == null && options.defaultDate() != null) {
            date = options.defaultDate();
            notes.add("date " + date + " from --date");
        }
        ObjectNode meta = n.deepCopy();
        meta.remove(OWN);
        TextStructure.Result s = TextStructure.analyze(text, false);
        return new Article(id != null && !id.isBlank() ? id.strip() : Ids.derive(idPrefix, text), date, source,
                title == null || title.isBlank() ? null : title.strip(), s.dateline(), text, s.sections(),
                meta.isEmpty() ? null : meta, notes);
    }

    /** A string or number field as text; null when absent or null. */
    static String scalar(ObjectNode n, String field) throws ReadException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.textValue();
        if (v.isNumber()) return v.asText();
        throw new ReadException("\"" + field + "\" is not a string but " + kind(v));
    }

    /** The id field of an object that could not become an article, if it has a usable one. */
    public static String idOrNull(JsonNode n) {
        JsonNode v = n == null ? null : n.get("id");
        if (v == null) v = n == null ? null : n.get("uri");
        return v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank() ? v.asText().strip() : null;
    }

    static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** One line describing a JSON syntax error, with its position. */
    static String syntaxError(JsonProcessingException e, boolean withLine) {
        JsonLocation loc = e.getLocation();
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf('\n');
        if (cut >= 0) msg = msg.substring(0, cut);
        msg = msg.replaceAll("\\s*\\(for [^)]*\\)", "");
        if (loc == null) return "malformed JSON: " + msg;
        return "malformed JSON at " + (withLine ? "line " + loc.getLineNr() + ", " : "") + "column "
                + loc.getColumnNr() + ": " + msg;
    }
}
