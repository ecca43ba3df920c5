package org.newsgraph.sources.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.sources.ArticleReader;
import org.newsgraph.sources.Document;
import org.newsgraph.sources.Format;
import org.newsgraph.sources.Ids;
import org.newsgraph.sources.ReadException;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.ReadResult;
import org.newsgraph.sources.TextDecoder;

/**
 * Reads a JSON document: one article object (an IPTC ninjs item or {@code {"id","date","title","text"}})
 * or an array of them, one result per element.
 */
public final class JsonDocumentReader implements ArticleReader {
    // trailing content after the object is an error, not silently ignored
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public List<ReadResult> read(Document doc, ReadOptions options) throws ReadException {
        TextDecoder.Decoded d = TextDecoder.decode(doc.bytes());
        if (d.text().isBlank()) throw new ReadException("no JSON (only whitespace)");
        JsonNode root;
        try {
            root = MAPPER.readTree(d.text());
        } catch (JsonProcessingException e) {
            throw new ReadException(JsonRecords.syntaxError(e, true));
        }
        List<ReadResult> out = new ArrayList<>();
        if (root instanceof ObjectNode o) {
            out.add(one(o, doc.source(), doc.idPrefix(), d.note(), options, Ids.forSource(doc.idPrefix())));
        } else if (root.isArray()) {
            if (root.isEmpty()) throw new ReadException("empty JSON array: no articles");
            for (int i = 0; i < root.size(); i++) {
                String where = doc.source() + "#" + (i + 1);
                String fallbackId = Ids.forSource(doc.idPrefix()) + "-" + (i + 1);
                JsonNode el = root.get(i);
                if (el instanceof ObjectNode o) {
                    out.add(one(o, where, doc.idPrefix(), d.note(), options, fallbackId));
                } else {
                    out.add(ReadResult.failed(fallbackId, where, "element " + (i + 1) + " is not an object but "
                            + JsonRecords.kind(el)));
                }
            }
        } else {
            throw new ReadException("expected a JSON object or array, found " + JsonRecords.kind(root));
        }
        return out;
    }

    private static ReadResult one(ObjectNode o, String source, String idPrefix, String note, ReadOptions options,
                                  String fallbackId) {
        try {
            return ReadResult.read(JsonRecords.toArticle(o, source, idPrefix, note, options));
        } catch (ReadException e) {
            String id = JsonRecords.idOrNull(o);
            return ReadResult.failed(id != null ? id : fallbackId, source, e.getMessage());
        }
    }
}
