package org.newsgraph.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.newsgraph.app.index.ArticleInputs;
import org.newsgraph.app.index.Ingester;
import org.newsgraph.app.server.ApiServer;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.index.ArticleIndex;
import org.newsgraph.index.SearchQuery;
import org.newsgraph.model.AnalyzedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph bench index}: ingest rate, query latency (text, entity, speaker, geo) on a large
 * recombined archive, and concurrent HTTP clients while an ingest runs. Prints a Markdown report.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Benchmarks the index: ingest rate into an empty index, query latency p50/p95/p99 on an archive of",
                "--articles articles recombined from the real texts of --data, and concurrent HTTP clients during an ingest."})
public final class IndexBench implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the shared data folder (germeval2014/, corpora/, quotes-wikinews/, geonames/)")
    Path data;

    @Option(names = "--articles", description = "archive size (default: ${DEFAULT-VALUE})")
    int articles = 100_000;

    @Option(names = "--queries", description = "timed queries per kind (default: ${DEFAULT-VALUE})")
    int queries = 300;

    @Option(names = "--clients", description = "concurrent HTTP clients (default: ${DEFAULT-VALUE})")
    int clients = 50;

    @Option(names = "--requests", description = "requests per client (default: ${DEFAULT-VALUE})")
    int requests = 40;

    @Option(names = "--concurrent-ingest", paramLabel = "N", description = "articles ingested while the clients query (default: ${DEFAULT-VALUE})")
    int concurrentIngest = 5_000;

    @Option(names = "--pipeline-sample", paramLabel = "N", description = "real articles run through the full pipeline for the ingest rate (default: ${DEFAULT-VALUE})")
    int pipelineSample = 300;

    @Option(names = "--index", paramLabel = "DIR", description = "where to build the archive (default: a temporary folder, removed afterwards)")
    Path indexDir;

    @Override
    public Integer call() throws Exception {
        Path dir = indexDir != null ? indexDir : Files.createTempDirectory("newsgraph-bench");
        try {
            return run(dir);
        } finally {
            if (indexDir == null) delete(dir);
        }
    }

    private int run(Path dir) throws Exception {
        StringBuilder report = new StringBuilder();
        long t0 = System.nanoTime();
        SyntheticArchive archive = new SyntheticArchive(data);
        log("read %d sentences, %d place names in %.1f s", archive.sentenceCount(), archive.cities.size(), secs(t0));
        report.append(String.format(Locale.ROOT, "Machine: %d cores available to the JVM, max heap %d MB, Java %s.%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version")));

        // 1. ingest rate with the full pipeline on real articles
        Path pdir = dir.resolve("pipeline");
        List<ArticleInputs.Item> real = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("corpora/10kgnad-test.csv"), StandardCharsets.UTF_8)) {
            if (real.size() >= pipelineSample) break;
            String text = SyntheticArchive.gnadText(line);
            if (text == null) continue;
            var node = org.newsgraph.json.ArticleJson.MAPPER.createObjectNode().put("date", "2016-01-01").put("text", text);
            real.add(ArticleInputs.fromJson("10kgnad:" + (real.size() + 1), node));
        }
        try (ArticleIndex idx = ArticleIndex.open(pdir)) {
            Ingester ing = new Ingester(idx, GermanPipeline.get(), 100);
            Ingester.Stats st = new Ingester.Stats();
            long t = System.nanoTime();
            for (int i = 0; i < real.size(); i += 100) {
                ing.flush(new ArrayList<>(real.subList(i, Math.min(real.size(), i + 100))), st, quiet());
            }
            double s = secs(t);
            report.append(String.format(Locale.ROOT, "## Ingest rate%n%n| what | articles | seconds | articles/s |%n|---|---:|---:|---:|%n"
                    + "| real 10kGNAD articles, analysed by the pipeline in main (%d stages) and indexed, batches of 100 | %d | %.1f | %.0f |%n",
                    GermanPipeline.get().stages().size(), st.added, s, st.added / s));
        }

        // 2. the large archive: indexing only (records built from the real sentences)
        Path adir = dir.resolve("archive");
        long indexNanos = 0;
        long quotes;
        try (ArticleIndex idx = ArticleIndex.open(adir)) {
            long t = System.nanoTime();
            for (int i = 0; i < articles; i++) {
                AnalyzedArticle a = archive.article(1, i);
                long s = System.nanoTime();
                idx.add(a);
                if ((i + 1) % 5000 == 0 || i + 1 == articles) {
                    idx.commit();
                    if ((i + 1) % 20000 == 0) log("%d articles indexed", i + 1);
                }
                indexNanos += System.nanoTime() - s;
            }
            double all = secs(t);
            quotes = idx.quoteCount();
            report.append(String.format(Locale.ROOT,
                    "| synthetic analysed records (recombined real sentences with entities, quotes, places, times) into an empty index, commit every 5,000 | %d | %.1f | %.0f |%n"
                            + "%nThe archive: %d articles, %d quotes, index size %d MB (building the records took %.1f s of the %.1f s).%n%n",
                    articles, indexNanos / 1e9, articles / (indexNanos / 1e9), idx.articleCount(), quotes, size(adir) >> 20, all - indexNanos / 1e9, all));

            // 3. query latency, in process (the API path: facets, histogram, snippets)
            report.append(String.format(Locale.ROOT, "## Query latency on %,d articles (in process, limit 20, with facets, histogram and snippets; %d queries per kind after %d warm-up queries)%n%n"
                    + "| kind | p50 ms | p95 ms | p99 ms | mean hits |%n|---|---:|---:|---:|---:|%n", articles, queries, queries / 4));
            Random rnd = new Random(7);
            for (String kind : List.of("text", "entity", "speaker", "geo")) {
                for (int i = 0; i < queries / 4; i++) idx.search(query(kind, archive, rnd), 20, 0);
                long[] lat = new long[queries];
                long hits = 0;
                for (int i = 0; i < queries; i++) {
                    SearchQuery q = query(kind, archive, rnd);
                    long s = System.nanoTime();
                    hits += idx.search(q, 20, 0).total();
                    lat[i] = System.nanoTime() - s;
                }
                report.append(row(kind, lat)).append(String.format(Locale.ROOT, " %d |%n", hits / queries));
            }

            // 4. concurrent HTTP clients while an ingest runs
            report.append(concurrent(idx, archive));
        }
        report.append(String.format(Locale.ROOT, "%nTotal bench time %.0f s.%n", secs(t0)));
        System.out.println(report);
        return 0;
    }

    private String concurrent(ArticleIndex idx, SyntheticArchive archive) throws Exception {
        try (ApiServer server = new ApiServer(idx, GermanPipeline.get(), ApiServer.DEFAULT_MAX_UPLOAD).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            AtomicInteger errors = new AtomicInteger();
            AtomicLong ingested = new AtomicLong();
            ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
            List<String> errorSamples = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread ingest = new Thread(() -> {
                try {
                    for (int i = 0; i < concurrentIngest; i++) {
                        idx.add(archive.article(2, i));
                        if ((i + 1) % 500 == 0 || i + 1 == concurrentIngest) idx.commit();
                        ingested.incrementAndGet();
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                    errorSamples.add("ingest: " + e);
                }
            });
            long t = System.nanoTime();
            ingest.start();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread th = new Thread(() -> {
                    Random rnd = new Random(100 + client);
                    String[] kinds = {"text", "entity", "speaker", "geo"};
                    for (int r = 0; r < requests; r++) {
                        int k = rnd.nextInt(4);
                        String url = base + "/api/search?" + params(query(kinds[k], archive, rnd));
                        long s = System.nanoTime();
                        try {
                            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (resp.statusCode() != 200) {
                                errors.incrementAndGet();
                                if (errorSamples.size() < 5) errorSamples.add(resp.statusCode() + " " + resp.body());
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) errorSamples.add(e.toString());
                        }
                        latencies.add(new long[] {k, System.nanoTime() - s});
                    }
                });
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) th.join();
            double queryPhase = secs(t);
            long ingestedDuringQueries = ingested.get();
            ingest.join();
            double all = secs(t);
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%n## %d concurrent HTTP clients during an ingest%n%n%d clients × %d GET /api/search requests (mixed kinds) over HTTP/1.1 while another thread ingested %,d more articles "
                            + "(commit every 500; %,d of them done while the clients ran). Requests: %d, errors: %d, wall time of the query phase %.1f s (%.0f requests/s); the ingest took %.1f s in all.%n%n"
                            + "| kind | p50 ms | p95 ms | p99 ms |%n|---|---:|---:|---:|%n",
                    clients, clients, requests, concurrentIngest, ingestedDuringQueries, latencies.size(), errors.get(), queryPhase,
                    latencies.size() / queryPhase, all));
            String[] kinds = {"text", "entity", "speaker", "geo"};
            for (int k = 0; k < 4; k++) {
                int kk = k;
                b.append(row(kinds[k], latencies.stream().filter(l -> l[0] == kk).mapToLong(l -> l[1]).toArray())).append('\n');
            }
            b.append(row("all", latencies.stream().mapToLong(l -> l[1]).toArray())).append('\n');
            if (!errorSamples.isEmpty()) b.append("\nErrors: ").append(errorSamples).append('\n');
            return b.toString();
        }
    }

    private static SearchQuery query(String kind, SyntheticArchive a, Random rnd) {
        return switch (kind) {
            case "text" -> SearchQuery.text(rnd.nextInt(3) == 0
                    ? a.words.get(rnd.nextInt(a.words.size())) + " " + a.words.get(rnd.nextInt(a.words.size()))
                    : a.words.get(rnd.nextInt(a.words.size())));
            case "entity" -> SearchQuery.text(null).withEntity(a.entityNames.get(rnd.nextInt(a.entityNames.size())));
            case "speaker" -> SearchQuery.text(null).withSpeaker(a.personNames.get(rnd.nextInt(a.personNames.size())));
            default -> {
                var g = a.cities.get(rnd.nextInt(a.cities.size()));
                yield SearchQuery.text(null).withNear(new SearchQuery.Circle(g.lat(), g.lon(), 50));
            }
        };
    }

    private static String params(SearchQuery q) {
        StringBuilder b = new StringBuilder("limit=20");
        if (q.text() != null) b.append("&q=").append(enc(q.text()));
        if (q.entity() != null) b.append("&entity=").append(enc(q.entity()));
        if (q.speaker() != null) b.append("&speaker=").append(enc(q.speaker()));
        if (q.near() != null) b.append("&near=").append(q.near().lat()).append(',').append(q.near().lon()).append(',').append(q.near().km());
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String row(String kind, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        if (s.length == 0) return "| " + kind + " | - | - | - |";
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", kind, pct(s, 50), pct(s, 95), pct(s, 99));
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static double secs(long t) {
        return (System.nanoTime() - t) / 1e9;
    }

    private static void log(String fmt, Object... args) {
        System.err.println("bench index: " + String.format(Locale.ROOT, fmt, args));
    }

    private static Ingester.Listener quiet() {
        return new Ingester.Listener() {
            @Override
            public void error(String input, String message) {
                System.err.println("bench index: " + input + ": " + message);
            }

            @Override
            public void committed(Ingester.Stats stats) {
            }
        };
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
