package org.newsgraph.de.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** GermEval 2014 TSV: {@code #} source lines, {@code idx token outer inner}, blank line between sentences. */
public final class GermEval {
    /** One sentence with its source line (URL and date) and outer tags (null when unlabelled). */
    public record Sentence(String source, String[] tokens, String[] tags) {
    }

    private GermEval() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line, source = "";
            List<String> tokens = new ArrayList<>(), tags = new ArrayList<>();
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.startsWith("#")) {
                    if (!tokens.isEmpty()) { out.add(sentence(source, tokens, tags)); tokens.clear(); tags.clear(); }
                    source = line.substring(1).strip();
                    continue;
                }
                if (line.isBlank()) {
                    if (!tokens.isEmpty()) { out.add(sentence(source, tokens, tags)); tokens.clear(); tags.clear(); }
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 2) throw new IOException(file + ":" + lineNo + ": expected 'idx token outer inner'");
                tokens.add(c[1]);
                tags.add(c.length > 2 ? c[2] : null);
            }
            if (!tokens.isEmpty()) out.add(sentence(source, tokens, tags));
        }
        return out;
    }

    private static Sentence sentence(String source, List<String> tokens, List<String> tags) {
        boolean labelled = tags.stream().allMatch(t -> t != null);
        return new Sentence(source, tokens.toArray(new String[0]), labelled ? tags.toArray(new String[0]) : null);
    }

    /**
     * The fixed train/validation split: a sentence is in the validation fold when the CRC-32 of its
     * source URL (the {@code #} line without the date) modulo 5 is 0, so all sentences of one source
     * document fall into the same fold.
     */
    public static boolean isValidation(Sentence s) {
        String url = s.source();
        int sp = url.indexOf('\t');
        if (sp >= 0) url = url.substring(0, sp);
        sp = url.indexOf(' ');
        if (sp >= 0) url = url.substring(0, sp);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(url.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 5 == 0;
    }
}
