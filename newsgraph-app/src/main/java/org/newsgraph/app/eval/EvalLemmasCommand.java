package org.newsgraph.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Lemma accuracy of content words (UPOS NOUN, PROPN, VERB, ADJ, ADV) and token-offset match against
 * a CoNLL-U treebank, aligned by character offsets exactly as {@code tools/score_lemmas.py} does.
 * Optionally times segmentation + morphology over a 10kGNAD-style CSV ({@code label;'text'}).
 */
@Command(name = "lemmas", mixinStandardHelpOptions = true,
        description = "Content-word lemma accuracy and token-offset match on a CoNLL-U file (e.g. UD German GSD).")
public final class EvalLemmasCommand implements Callable<Integer> {
    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");

    @Parameters(index = "0", arity = "0..1", description = "CoNLL-U file with '# text' lines")
    Path conllu;

    @Option(names = "--write", description = "also write predictions as JSON Lines (id, tokens) for score_lemmas.py")
    Path write;

    @Option(names = "--errors", description = "print up to N wrong lemmas", defaultValue = "0")
    int errors;

    @Option(names = "--speed", description = "time reading + segmentation + morphology over a 10kGNAD CSV (label;'text')")
    Path speedCorpus;

    record Gold(int begin, int end, String lemma, String upos) { }

    record GoldSentence(String id, String text, List<Gold> words) { }

    @Override
    public Integer call() throws IOException {
        if (conllu == null && speedCorpus == null) {
            System.err.println("eval lemmas: give a CoNLL-U file and/or --speed CORPUS.csv");
            return 2;
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = GermanPipeline.get().upTo(Layer.MORPHOLOGY);
        pipeline.analyze(article("warmup", "Die Ukraine."));
        System.out.printf("pipeline loaded in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        if (conllu != null) {
            if (!Files.isReadable(conllu)) {
                System.err.println(conllu + ": cannot read the file");
                return 1;
            }
            score(pipeline);
        }
        if (speedCorpus != null) {
            if (!Files.isReadable(speedCorpus)) {
                System.err.println(speedCorpus + ": cannot read the file");
                return 1;
            }
            speed(pipeline);
        }
        return 0;
    }

    private void score(Pipeline pipeline) throws IOException {
        int n = 0, matched = 0, ok = 0, shown = 0;
        PrintWriter out = write == null ? null : new PrintWriter(Files.newBufferedWriter(write, StandardCharsets.UTF_8));
        try {
            for (GoldSentence s : read(conllu)) {
                AnalyzedArticle doc = pipeline.analyze(article(s.id(), s.text()));
                Map<Long, Token> got = new HashMap<>();
                for (Token t : doc.tokens()) got.put(key(t.begin(), t.end()), t);
                if (out != null) out.println(json(s.id(), doc));
                for (Gold g : s.words()) {
                    if (!CONTENT.contains(g.upos())) continue;
                    n++;
                    Token t = got.get(key(g.begin(), g.end()));
                    if (t == null) continue;
                    matched++;
                    if (g.lemma().equals(t.lemma())) ok++;
                    else if (shown < errors) {
                        shown++;
                        System.out.println("  " + s.text().substring(g.begin(), g.end()) + "\tgold=" + g.lemma() + "\tgot=" + t.lemma() + "\t" + g.upos() + "/" + t.pos());
                    }
                }
            }
        } finally {
            if (out != null) out.close();
        }
        System.out.printf("content tokens %d, offsets matched %d, lemmas right %d%n", n, matched, ok);
        System.out.printf("lemma_acc=%.4f token_match=%.4f%n", n == 0 ? 0.0 : ok / (double) n, n == 0 ? 0.0 : matched / (double) n);
    }

    private void speed(Pipeline pipeline) throws IOException {
        // the first pass includes JIT warm-up and filling the word cache; the later ones show the steady state
        List<Double> rates = new ArrayList<>();
        for (int pass = 1; pass <= 8; pass++) {
            System.out.print("pass " + pass + " ");
            rates.add(speedPass(pipeline));
        }
        List<Double> warm = new ArrayList<>(rates.subList(3, rates.size()));
        warm.sort(null);
        System.out.printf("after warm-up (passes 4-8): median %.2f MB/s, best %.2f MB/s (1 thread)%n",
                warm.get(warm.size() / 2), warm.get(warm.size() - 1));
    }

    /** One pass over the corpus; returns MB/s. */
    private double speedPass(Pipeline pipeline) throws IOException {
        long bytes = 0, chars = 0;
        int articles = 0, tokens = 0;
        long t0 = System.nanoTime();
        try (BufferedReader r = Files.newBufferedReader(speedCorpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int semi = line.indexOf(';');
                if (semi < 0) continue;
                String text = line.substring(semi + 1);
                if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) text = text.substring(1, text.length() - 1);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                chars += text.length();
                AnalyzedArticle doc = pipeline.analyze(article("a" + articles, text));
                tokens += doc.tokens().size();
                articles++;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("speed: %d articles, %d tokens, %.1f MB in %.2f s: %.1f articles/s, %.2f MB/s (1 thread)%n",
                articles, tokens, bytes / 1e6, s, articles / s, bytes / 1e6 / s);
        return bytes / 1e6 / s;
    }

    private static long key(int b, int e) {
        return ((long) b << 32) | e;
    }

    static Article article(String id, String text) {
        List<Section> sections = text.isEmpty() ? List.of() : List.of(new Section(SectionKind.PARAGRAPH, 0, text.length()));
        return new Article(id, null, id, null, null, text, sections, null, null);
    }

    /** Sentences with gold word offsets, found as score_lemmas.py finds them (multiword tokens get none). */
    static List<GoldSentence> read(Path path) throws IOException {
        List<GoldSentence> out = new ArrayList<>();
        String id = null, text = null;
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.startsWith("# sent_id")) id = line.substring(line.indexOf('=') + 1).strip();
            else if (line.startsWith("# text =")) text = line.substring(line.indexOf('=') + 1).strip();
            else if (line.isEmpty()) {
                if (!rows.isEmpty() && text != null) out.add(new GoldSentence(id, text, align(text, rows)));
                id = null; text = null; rows = new ArrayList<>();
            } else if (!line.startsWith("#")) rows.add(line.split("\t"));
        }
        if (!rows.isEmpty() && text != null) out.add(new GoldSentence(id, text, align(text, rows)));
        return out;
    }

    private static List<Gold> align(String text, List<String[]> rows) {
        List<Gold> spans = new ArrayList<>();
        int pos = 0, skipTo = 0;
        for (String[] c : rows) {
            if (c[0].contains(".")) continue;
            if (c[0].contains("-")) {
                int b = text.indexOf(c[1], pos);
                pos = (b >= 0 ? b : pos) + c[1].length();
                skipTo = Integer.parseInt(c[0].split("-")[1]);
                continue;
            }
            if (Integer.parseInt(c[0]) <= skipTo) continue;
            int b = text.indexOf(c[1], pos);
            if (b < 0) continue;
            spans.add(new Gold(b, b + c[1].length(), c[2], c[3]));
            pos = b + c[1].length();
        }
        return spans;
    }

    private static String json(String id, AnalyzedArticle doc) {
        StringBuilder sb = new StringBuilder("{\"id\":").append(quote(id)).append(",\"tokens\":[");
        boolean first = true;
        for (Token t : doc.tokens()) {
            if (!first) sb.append(',');
            first = false;
            sb.append("{\"begin\":").append(t.begin()).append(",\"end\":").append(t.end())
                    .append(",\"lemma\":").append(quote(t.lemma())).append(",\"pos\":").append(quote(t.pos())).append('}');
        }
        return sb.append("]}").toString();
    }

    private static String quote(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
