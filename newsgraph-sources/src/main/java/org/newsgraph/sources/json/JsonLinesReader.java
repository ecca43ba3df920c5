package org.newsgraph.sources.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.newsgraph.sources.ArticleReader;
import org.newsgraph.sources.Document;
import org.newsgraph.sources.Format;
import org.newsgraph.sources.Ids;
import org.newsgraph.sources.ReadException;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.ReadResult;
import org.newsgraph.sources.TextDecoder;

/**
 * Reads JSON Lines, one article per non-blank line, streaming: a corpus of any size is read line by
 * line, each line at most {@link ReadOptions#maxBytes()}. A bad line gives a failure naming its line
 * number; the other lines go on.
 */
public final class JsonLinesReader implements ArticleReader {
    // trailing content after the object is an error, not silently ignored
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public Format format() {
        return Format.JSON_LINES;
    }

    @Override
    public List<ReadResult> read(Document doc, ReadOptions options) {
        List<ReadResult> out = new ArrayList<>();
        stream(new ByteArrayInputStream(doc.bytes()), doc.source(), doc.idPrefix(), options).forEachRemaining(out::add);
        return out;
    }

    /**
     * The results of the lines of {@code in}, read lazily; source of each is {@code source:LINE}.
     * The iterator does not close {@code in}. When the input has no non-blank line, it gives one failure.
     */
    public Iterator<ReadResult> stream(InputStream in, String source, String idPrefix, ReadOptions options) {
        return new LineIterator(new ByteLines(in, options.maxBytes()), source, idPrefix, options);
    }

    private static final class LineIterator implements Iterator<ReadResult> {
        private final ByteLines lines;
        private final String source;
        private final String idPrefix;
        private final ReadOptions options;
        private ReadResult next;
        private int items;
        private boolean done;

        LineIterator(ByteLines lines, String source, String idPrefix, ReadOptions options) {
            this.lines = lines;
            this.source = source;
            this.idPrefix = idPrefix;
            this.options = options;
        }

        @Override
        public boolean hasNext() {
            if (next != null) return true;
            if (done) return false;
            try {
                while (lines.next()) {
                    if (lines.isBlank()) continue;
                    items++;
                    next = readLine();
                    return true;
                }
            } catch (IOException e) {
                done = true;
                next = ReadResult.failed(Ids.forSource(idPrefix) + "-line-" + (lines.lineNumber() + 1),
                        source + ":" + (lines.lineNumber() + 1), "cannot read: " + e.getMessage());
                return true;
            }
            done = true;
            if (items == 0) {
                items = 1;
                next = ReadResult.failed(Ids.forSource(idPrefix), source,
                        lines.bytesRead() == 0 ? "empty file (0 bytes)" : "no JSON lines (only whitespace)");
                return true;
            }
            return false;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) throw new NoSuchElementException();
            ReadResult r = next;
            next = null;
            return r;
        }

        private ReadResult readLine() {
            int line = lines.lineNumber();
            String where = source + ":" + line;
            String fallbackId = Ids.forSource(idPrefix) + "-line-" + line;
            if (lines.oversize()) {
                return ReadResult.failed(fallbackId, where, "line " + line + " is " + ReadOptions.humanSize(lines.length())
                        + ", over the limit of " + ReadOptions.humanSize(options.maxBytes()) + " per article");
            }
            JsonNode node = null;
            try {
                TextDecoder.Decoded d = TextDecoder.decode(lines.buffer(), 0, lines.length(), false);
                try {
                    node = MAPPER.readTree(d.text());
                } catch (JsonProcessingException e) {
                    throw new ReadException(JsonRecords.syntaxError(e, false));
                }
                if (!(node instanceof ObjectNode o)) {
                    throw new ReadException("expected a JSON object, found " + JsonRecords.kind(node));
                }
                return ReadResult.read(JsonRecords.toArticle(o, where, idPrefix, d.note(), options));
            } catch (ReadException e) {
                String id = JsonRecords.idOrNull(node);
                return ReadResult.failed(id != null ? id : fallbackId, where, "line " + line + ": " + e.getMessage());
            } catch (RuntimeException e) {
                return ReadResult.failed(fallbackId, where, "line " + line + ": cannot read: " + e);
            }
        }
    }

    /** Lines of bytes; a line longer than the limit is skipped to its end and flagged. */
    static final class ByteLines {
        private final InputStream in;
        private final long limit;
        private final byte[] chunk = new byte[65536];
        private int chunkPos;
        private int chunkLen;
        private byte[] buf = new byte[8192];
        private int len;
        private long lineBytes;
        private boolean oversize;
        private int lineNumber;
        private long bytesRead;
        private boolean eof;

        ByteLines(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** Advances to the next line; false at the end of input. */
        boolean next() throws IOException {
            if (eof) return false;
            len = 0;
            lineBytes = 0;
            oversize = false;
            boolean any = false;
            while (true) {
                if (chunkPos == chunkLen) {
                    chunkLen = in.read(chunk);
                    chunkPos = 0;
                    if (chunkLen <= 0) {
                        chunkLen = 0;
                        eof = true;
                        if (!any) return false;
                        break;
                    }
                    bytesRead += chunkLen;
                }
                any = true;
                int start = chunkPos;
                int nl = -1;
                for (int i = chunkPos; i < chunkLen; i++) {
                    if (chunk[i] == '\n') { nl = i; break; }
                }
                int end = nl < 0 ? chunkLen : nl;
                append(start, end);
                chunkPos = nl < 0 ? chunkLen : nl + 1;
                if (nl >= 0) break;
            }
            if (!oversize && len > 0 && buf[len - 1] == '\r') len--;
            lineNumber++;
            return true;
        }

        private void append(int from, int to) {
            int n = to - from;
            lineBytes += n;
            if (oversize) return;
            if (lineBytes > limit) {
                oversize = true;
                len = 0;
                buf = new byte[8192];
                return;
            }
            if (len + n > buf.length) {
                byte[] b = new byte[Math.max(buf.length * 2, len + n)];
                System.arraycopy(buf, 0, b, 0, len);
                buf = b;
            }
            System.arraycopy(chunk, from, buf, len, n);
            len += n;
        }

        boolean isBlank() {
            if (oversize) return false;
            for (int i = 0; i < len; i++) {
                byte b = buf[i];
                if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                    // a byte-order mark alone is blank too
                    return i == 0 && len == 3 && (b & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF;
                }
            }
            return true;
        }

        byte[] buffer() { return buf; }
        int length() { return oversize ? (int) Math.min(Integer.MAX_VALUE, lineBytes) : len; }
        boolean oversize() { return oversize; }
        int lineNumber() { return lineNumber; }
        long bytesRead() { return bytesRead; }
    }

}
