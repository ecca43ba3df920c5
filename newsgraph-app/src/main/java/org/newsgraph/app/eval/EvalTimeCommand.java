package org.newsgraph.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.sources.text.TextStructure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Time expressions against WikiWarsDE-style inline TIMEX2 gold ({@code keyinline/*.key.xml}),
 * counted exactly as {@code tools/score_time.py} counts: extent P/R/F1 strict and overlapping, and
 * value P/R/F1 (overlapping extent and equal value, compared trimmed and upper-cased, so a TIMEX3
 * value equals the TIMEX2 value that names the same date). Documents are analysed without a date,
 * as narratives.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Extent and value F1 of time expressions on WikiWarsDE-format data (DIR/keyinline/*.key.xml).")
public final class EvalTimeCommand implements Callable<Integer> {
    private static final Pattern TAG = Pattern.compile("<(/?)TIMEX2([^>]*)>");
    private static final Pattern VAL = Pattern.compile("val=\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);

    @Parameters(index = "0", description = "folder with keyinline/*.key.xml (e.g. ../shared/data/wikiwars-de)")
    Path dir;

    @Option(names = "--errors", description = "print up to N missed, spurious or wrongly valued expressions", defaultValue = "0")
    int errors;

    @Option(names = "--write", description = "also write the predictions as JSON Lines (id, times) for score_time.py")
    Path write;

    record Gold(int begin, int end, String value) { }

    record GoldDoc(String name, String text, List<Gold> times) { }

    @Override
    public Integer call() throws IOException {
        Path keys = dir.resolve("keyinline");
        if (!Files.isDirectory(keys)) {
            System.err.println(dir + ": no keyinline/ folder");
            return 1;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(keys)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".key.xml")).sorted().toList();
        }
        Pipeline pipeline = GermanPipeline.get();
        int np = 0, ng = 0, sp = 0, sg = 0, op = 0, og = 0, vp = 0, vg = 0, shown = 0;
        PrintWriter out = write == null ? null : new PrintWriter(Files.newBufferedWriter(write, StandardCharsets.UTF_8));
        try {
            for (Path f : files) {
                GoldDoc g = parse(f);
                AnalyzedArticle doc = pipeline.analyze(article(g.name(), g.text()));
                List<TimeExpression> pred = doc.times();
                if (out != null) out.println(json(g.name(), pred));
                np += pred.size();
                ng += g.times().size();
                for (TimeExpression t : pred) {
                    boolean strict = false, overlap = false, value = false;
                    for (Gold x : g.times()) {
                        if (x.begin() == t.begin() && x.end() == t.end()) strict = true;
                        if (t.begin() < x.end() && x.begin() < t.end()) {
                            overlap = true;
                            if (norm(t.value()).equals(norm(x.value()))) value = true;
                        }
                    }
                    sp += strict ? 1 : 0;
                    op += overlap ? 1 : 0;
                    vp += value ? 1 : 0;
                    if (!overlap && shown < errors) {
                        shown++;
                        System.out.println("  spurious " + g.name() + "\t" + t.text() + "\t" + t.value() + "\t… " + context(g.text(), t.begin(), t.end()));
                    }
                }
                for (Gold x : g.times()) {
                    boolean strict = false, overlap = false, value = false;
                    String got = null;
                    for (TimeExpression t : pred) {
                        if (x.begin() == t.begin() && x.end() == t.end()) strict = true;
                        if (t.begin() < x.end() && x.begin() < t.end()) {
                            overlap = true;
                            got = t.text() + "=" + t.value();
                            if (norm(t.value()).equals(norm(x.value()))) value = true;
                        }
                    }
                    sg += strict ? 1 : 0;
                    og += overlap ? 1 : 0;
                    vg += value ? 1 : 0;
                    if (!value && shown < errors) {
                        shown++;
                        System.out.println("  " + (overlap ? "value" : "missed") + " " + g.name() + "\t" + g.text().substring(x.begin(), x.end())
                                + "\tgold=" + x.value() + (got == null ? "" : "\tgot " + got) + "\t… " + context(g.text(), x.begin(), x.end()));
                    }
                }
            }
        } finally {
            if (out != null) out.close();
        }
        double[] strict = prf(sp, np, sg, ng), overlap = prf(op, np, og, ng), value = prf(vp, np, vg, ng);
        System.out.printf(Locale.ROOT, "strict   P=%.4f R=%.4f F1=%.4f%n", strict[0], strict[1], strict[2]);
        System.out.printf(Locale.ROOT, "overlap  P=%.4f R=%.4f F1=%.4f%n", overlap[0], overlap[1], overlap[2]);
        System.out.printf(Locale.ROOT, "value    P=%.4f R=%.4f F1=%.4f%n", value[0], value[1], value[2]);
        System.out.printf(Locale.ROOT, "gold %d predicted %d%n", ng, np);
        System.out.printf(Locale.ROOT, "overlap_f1=%.4f strict_f1=%.4f value_f1=%.4f%n", overlap[2], strict[2], value[2]);
        return 0;
    }

    /** The article {@code newsgraph analyze} reads from a JSON Lines record {@code {"id", "date": null, "text"}}. */
    static Article article(String id, String text) {
        TextStructure.Result s = TextStructure.analyze(text, false);
        return new Article(id, null, id, null, s.dateline(), text, s.sections(), null, null);
    }

    private static String context(String text, int begin, int end) {
        return (text.substring(Math.max(0, begin - 40), begin) + "[" + text.substring(begin, end) + "]"
                + text.substring(end, Math.min(text.length(), end + 30))).replace('\n', ' ');
    }

    private static double[] prf(int tpPred, int nPred, int tpGold, int nGold) {
        double p = nPred == 0 ? 0 : tpPred / (double) nPred, r = nGold == 0 ? 0 : tpGold / (double) nGold;
        return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static String norm(String v) {
        return v == null ? "" : v.strip().toUpperCase(Locale.ROOT);
    }

    /** Text and gold spans of one inline-annotated document, with offsets as score_time.py computes them. */
    static GoldDoc parse(Path f) throws IOException {
        String raw = Files.readString(f, StandardCharsets.UTF_8);
        Matcher tm = TEXT.matcher(raw);
        if (!tm.find()) throw new IOException(f + ": no <TEXT> element");
        String body = tm.group(1);
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Deque<int[]> starts = new ArrayDeque<>();
        Deque<String> values = new ArrayDeque<>();
        int pos = 0;
        Matcher m = TAG.matcher(body);
        while (m.find()) {
            text.append(Parser.unescapeEntities(body.substring(pos, m.start()), false));
            pos = m.end();
            if (m.group(1).isEmpty()) {
                Matcher v = VAL.matcher(m.group(2));
                starts.push(new int[]{text.length()});
                values.push(v.find() ? v.group(1) : "");
            } else {
                gold.add(new Gold(starts.pop()[0], text.length(), values.pop()));
            }
        }
        text.append(Parser.unescapeEntities(body.substring(pos), false));
        String name = f.getFileName().toString();
        return new GoldDoc(name.substring(0, name.indexOf('.')), text.toString(), gold);
    }

    private static String json(String id, List<TimeExpression> times) {
        StringBuilder sb = new StringBuilder("{\"id\":\"").append(id).append("\",\"times\":[");
        for (int i = 0; i < times.size(); i++) {
            TimeExpression t = times.get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"begin\":").append(t.begin()).append(",\"end\":").append(t.end()).append(",\"value\":\"")
                    .append(t.value().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"}");
        }
        return sb.append("]}").toString();
    }
}
