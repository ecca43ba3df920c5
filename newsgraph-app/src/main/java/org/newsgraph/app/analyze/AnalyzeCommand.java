package org.newsgraph.app.analyze;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.ReadResult;
import org.newsgraph.sources.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph analyze}: reads articles and writes one JSON record per input item, in input
 * order, analysing in parallel. Memory stays bounded: at most a few articles per thread are in flight.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads news articles and writes one JSON record per article (the article contract, "
                + "see docs/article-contract.md) to stdout, in input order.",
                "Inputs: files, folders (read recursively, sorted) and - for stdin, in plain text (optionally "
                        + "'date YYYY-MM-DD' header), JSON Lines, JSON/IPTC ninjs, RSS/Atom or HTML.",
                "An input that cannot be read gives an error record {\"id\",\"source\",\"error\"} and one line "
                        + "on stderr; the others go on. Exit code 0 only if every input was analysed, 1 otherwise."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input was analysed", "1:some inputs could not be read or analysed",
                "2:invalid command line"})
public final class AnalyzeCommand implements Callable<Integer> {

    /** Output forms. */
    public enum OutputFormat { jsonl, pretty }

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|pretty",
            description = "jsonl: one record per line (default); pretty: indented JSON.")
    OutputFormat format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles whose input names none (e.g. plain text without header).")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    Integer threads;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "20MB",
            description = "Largest document read, e.g. 20MB, 500KB (for JSON Lines: per line; default ${DEFAULT-VALUE}).")
    String maxSize;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
    List<String> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        long limit;
        try {
            limit = parseSize(maxSize);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ReadOptions options = ReadOptions.DEFAULTS.withDefaultDate(date).withMaxBytes(limit);
        boolean pretty = format == OutputFormat.pretty;
        Pipeline pipeline = GermanPipeline.get();
        AtomicInteger failed = new AtomicInteger();
        int records = 0;
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "newsgraph-analyze");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        int maxInFlight = n * 4;
        try (Sources.ResultStream in = Sources.open(inputs, options, notice -> {
            err.println("note: " + notice);
            err.flush();
        })) {
            while (in.hasNext()) {
                // stdout closed (e.g. piped into head): stop instead of analysing into the void
                if (out.checkError()) return 1;
                ReadResult r = in.next();
                window.add(pool.submit(() -> process(r, pipeline, pretty)));
                while (window.size() >= maxInFlight || (!window.isEmpty() && window.peekFirst().isDone())) {
                    records++;
                    emit(window.removeFirst(), out, err, failed);
                }
            }
            while (!window.isEmpty()) {
                records++;
                emit(window.removeFirst(), out, err, failed);
            }
        } finally {
            pool.shutdownNow();
            out.flush();
        }
        if (failed.get() > 0) {
            err.println(failed.get() + " of " + records + " records are errors");
            err.flush();
        }
        return failed.get() == 0 ? 0 : 1;
    }

    /** What one input item gives: its JSON record and the lines for stderr. */
    record Outcome(String json, List<String> messages, boolean ok) {
    }

    static Outcome process(ReadResult r, Pipeline pipeline, boolean pretty) {
        if (r instanceof ReadResult.Failed f) {
            return new Outcome(error(f.id(), f.source(), f.cause(), pretty), List.of("error: " + f.message()), false);
        }
        Article a = ((ReadResult.Read) r).article();
        List<String> notes = a.notes().stream()
                .filter(x -> !x.endsWith("from --date"))
                .map(x -> "note: " + a.source() + ": " + x).toList();
        try {
            AnalyzedArticle doc = pipeline.analyze(a);
            return new Outcome(ArticleJson.toJson(doc, pretty), notes, true);
        } catch (RuntimeException | StackOverflowError e) {
            String cause = "analysis failed: " + e;
            return new Outcome(error(a.id(), a.source(), cause, pretty),
                    List.of("error: " + a.source() + ": " + cause.replaceAll("\\s+", " ")), false);
        }
    }

    private static String error(String id, String source, String cause, boolean pretty) {
        String json = ArticleJson.errorRecord(id, source, cause);
        if (!pretty) return json;
        try {
            return ArticleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ArticleJson.MAPPER.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json;
        }
    }

    private static void emit(Future<Outcome> f, PrintWriter out, PrintWriter err, AtomicInteger failed) {
        Outcome o;
        try {
            o = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis crashed", e.getCause());
        }
        if (!o.messages().isEmpty()) {
            out.flush();
            for (String m : o.messages()) err.println(m);
            err.flush();
        }
        if (!o.ok()) failed.incrementAndGet();
        out.println(o.json());
    }

    /** Parses {@code 20MB}, {@code 512KB}, {@code 1GB} or a number of bytes. */
    static long parseSize(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        if (t.endsWith("GB")) { unit = 1L << 30; t = t.substring(0, t.length() - 2); }
        else if (t.endsWith("MB")) { unit = 1L << 20; t = t.substring(0, t.length() - 2); }
        else if (t.endsWith("KB")) { unit = 1L << 10; t = t.substring(0, t.length() - 2); }
        else if (t.endsWith("B")) { t = t.substring(0, t.length() - 1); }
        try {
            double v = Double.parseDouble(t);
            if (v <= 0) throw new NumberFormatException();
            return (long) (v * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-size: expected a size like 20MB or 500KB, got '" + s + "'");
        }
    }

}
