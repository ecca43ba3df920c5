package org.newsgraph.sources.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.sources.ArticleReader;
import org.newsgraph.sources.Document;
import org.newsgraph.sources.Format;
import org.newsgraph.sources.Ids;
import org.newsgraph.sources.ReadException;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.ReadResult;
import org.newsgraph.sources.TextDecoder;

/**
 * Reads plain text, one article per file. An optional header {@code date YYYY-MM-DD} opens the file,
 * on a line of its own or followed on the same line by the text; the article's text starts after
 * it, so the dateline ({@code Washington/Kiew/Moskau (dpa) - }) is the start of the text.
 */
public final class PlainTextReader implements ArticleReader {
    private static final Pattern HEADER = Pattern.compile(
            "\\A[\\s\\uFEFF]*(?i:date):?[ \\t]+(?<date>\\S+)[ \\t]*(?:\\r?\\n)?");

    @Override
    public Format format() {
        return Format.TEXT;
    }

    @Override
    public List<ReadResult> read(Document doc, ReadOptions options) throws ReadException {
        TextDecoder.Decoded decoded = TextDecoder.decode(doc.bytes());
        return List.of(ReadResult.read(parse(decoded.text(), doc.source(), doc.idPrefix(), decoded.note(), options)));
    }

    /** Parses decoded text; {@code note} (may be null) says how it was decoded. */
    public static Article parse(String decoded, String source, String idPrefix, String note, ReadOptions options)
            throws ReadException {
        List<String> notes = new ArrayList<>();
        if (note != null) notes.add(note);
        LocalDate date = null;
        int bodyStart = 0;
        Matcher m = HEADER.matcher(decoded);
        if (m.lookingAt()) {
            String value = m.group("date");
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new ReadException("bad date header 'date " + value + "': expected date YYYY-MM-DD");
            }
            bodyStart = m.end();
        }
        while (bodyStart < decoded.length() && TextStructure.isSpace(decoded.charAt(bodyStart))) bodyStart++;
        String text = decoded.substring(bodyStart);
        if (text.isBlank()) {
            throw new ReadException(decoded.isEmpty() ? "empty file (0 bytes)" : "no text (only whitespace"
                    + (date != null ? " after the date header" : "") + ")");
        }
        if (date == null && options.defaultDate() != null) {
            date = options.defaultDate();
            notes.add("date " + date + " from --date");
        }
        TextStructure.Result s = TextStructure.analyze(text, true);
        return new Article(Ids.derive(idPrefix, text), date, source, s.title(), s.dateline(), text, s.sections(),
                null, notes);
    }
}
