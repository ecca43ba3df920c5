package org.newsgraph.sources;

import java.util.List;
import java.util.Locale;

/** The input formats newsgraph reads. */
public enum Format {
    /** Plain text, optionally with a {@code date YYYY-MM-DD} header and a dateline. */
    TEXT("txt", "text"),
    /** One JSON object per line: {@code {"id","date","title","text",...}} or ninjs items. */
    JSON_LINES("jsonl", "ndjson", "jsonlines"),
    /** A JSON document: an IPTC ninjs item, an article object, or an array of them. */
    JSON("json"),
    /** An RSS (0.9x, 1.0, 2.0) or Atom feed. */
    FEED("rss", "atom", "xml", "rdf"),
    /** A web page. */
    HTML("html", "htm", "xhtml");

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format a file extension names, or null. */
    public static Format byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) return null;
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.extensions.contains(ext)) return f;
        }
        return null;
    }

    /**
     * The format the first bytes of an input suggest (after a byte-order mark and whitespace):
     * {@code {} → JSON Lines or JSON, {@code [} → JSON, {@code <} → feed or HTML, else plain text.
     */
    /** Bytes without a line break after which a leading '{' line counts as JSON Lines. */
    static final int LONG_LINE = 4096;

    public static Format sniff(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
        while (i < length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) i++;
        if (i >= length) return TEXT;
        byte c = head[i];
        if (c == '[') return JSON;
        if (c == '{') return looksLikeJsonLines(head, i, length) ? JSON_LINES : JSON;
        if (c == '<') {
            String s = new String(head, i, Math.min(length - i, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            if (s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf")) return FEED;
            if (s.contains("<html") || s.contains("<!doctype html") || s.contains("<body") || s.contains("<head")
                    || s.contains("<p>") || s.contains("<div") || s.contains("<article")) return HTML;
            if (s.startsWith("<?xml")) return FEED;
            return HTML;
        }
        return TEXT;
    }

    /**
     * A first line that is a whole object, followed by another line starting with '{'; or a first line
     * longer than the sniffed head (a long article on one line): read line by line, a single such
     * object gives the same record as JSON would, and further lines are not lost.
     */
    private static boolean looksLikeJsonLines(byte[] b, int start, int length) {
        int nl = -1;
        for (int i = start; i < length; i++) {
            if (b[i] == '\n') { nl = i; break; }
        }
        if (nl < 0) return length - start >= LONG_LINE;
        int j = nl - 1;
        while (j > start && (b[j] == '\r' || b[j] == ' ' || b[j] == '\t')) j--;
        if (b[j] != '}') return false;
        int k = nl + 1;
        while (k < length && (b[k] == ' ' || b[k] == '\n' || b[k] == '\r' || b[k] == '\t')) k++;
        return k >= length || b[k] == '{';
    }
}
