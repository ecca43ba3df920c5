package org.newsgraph.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a corpus in the form of 10kGNAD ({@code label;'text'} per line; the text may be quoted with
 * single quotes, a quote inside doubled, and a quoted text may run over several lines).
 */
public final class CsvCorpus {
    private CsvCorpus() {
    }

    /** One article of the corpus. */
    public record Entry(int line, String label, String text) {
    }

    public static List<Entry> read(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                int start = lineNo;
                if (line.isBlank()) continue;
                int semi = line.indexOf(';');
                if (semi < 0) throw new IOException(file + ":" + lineNo + ": no ';' between label and text");
                String label = line.substring(0, semi).strip();
                String rest = line.substring(semi + 1);
                String text;
                if (rest.startsWith("'")) {
                    StringBuilder sb = new StringBuilder(rest.substring(1));
                    while (!closed(sb)) {
                        String next = r.readLine();
                        if (next == null) throw new IOException(file + ":" + start + ": quoted text is not closed");
                        lineNo++;
                        sb.append('\n').append(next);
                    }
                    sb.setLength(sb.length() - 1);
                    text = sb.toString().replace("''", "'");
                } else {
                    text = rest;
                }
                if (!text.isBlank()) out.add(new Entry(start, label, text));
            }
        }
        return out;
    }

    /** Ends with a closing quote: an odd run of quotes at the end. */
    private static boolean closed(StringBuilder sb) {
        int n = 0;
        for (int i = sb.length() - 1; i >= 0 && sb.charAt(i) == '\''; i--) n++;
        return n % 2 == 1;
    }
}
