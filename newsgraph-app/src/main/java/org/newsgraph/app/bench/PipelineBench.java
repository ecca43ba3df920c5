package org.newsgraph.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.model.Article;
import org.newsgraph.model.Layer;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.sources.ReadException;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.text.PlainTextReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph bench pipeline}: reads a corpus and runs the German pipeline up to a stage,
 * printing articles/s, MB/s, tokens/s, heap and load time. Reading (decoding the corpus lines into
 * articles with their structure) is part of the measured work.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Throughput of reading + the German pipeline up to a stage, on a corpus of "
                + "'label;text' lines (e.g. ../shared/data/corpora/10kgnad-test.csv).",
                "Prints articles/s, MB/s (UTF-8 text), tokens/s, heap used and pipeline load time."})
public final class PipelineBench implements Callable<Integer> {

    /** How far the pipeline runs. */
    public enum Stages { read, segment, morph, ner, all }

    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Corpus file, one 'label;text' per line.")
    Path corpus;

    @Option(names = "--stages", defaultValue = "morph", paramLabel = "read|segment|morph|ner|all",
            description = "Run the pipeline up to this stage (default: ${DEFAULT-VALUE}; read: reading only).")
    Stages stages;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Threads (default 1: the per-core figure).")
    int threads;

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "R", description = "Measured passes over the corpus (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "W", description = "Unmeasured passes first, for the JIT (default ${DEFAULT-VALUE}).")
    int warmup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || rounds < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --rounds must be at least 1, --warmup at least 0");
        }
        List<CsvCorpus.Entry> entries;
        try {
            entries = CsvCorpus.read(corpus);
        } catch (IOException e) {
            err.println("error: " + corpus + ": " + e.getMessage());
            return 1;
        }
        if (entries.isEmpty()) {
            err.println("error: " + corpus + ": no articles");
            return 1;
        }
        long bytes = 0;
        for (CsvCorpus.Entry e : entries) bytes += e.text().getBytes(StandardCharsets.UTF_8).length;

        long t0 = System.nanoTime();
        Pipeline full = GermanPipeline.get();
        Pipeline pipeline;
        try {
            pipeline = switch (stages) {
                case read -> Pipeline.of(List.of());
                case segment -> full.upTo(Layer.TOKENS);
                case morph -> full.upTo(Layer.MORPHOLOGY);
                case ner -> full.upTo(Layer.ENTITIES);
                case all -> full;
            };
        } catch (IllegalArgumentException e) {
            err.println("error: the German pipeline has no stage for '" + stages + "' yet (stages: "
                    + full.stages().stream().map(Stage::name).toList() + ")");
            return 1;
        }
        // each stage's thread CPU time is summed, so its share shows even on a busy machine
        List<TimedStage> timed = new ArrayList<>();
        for (Stage st : pipeline.stages()) timed.add(new TimedStage(st));
        pipeline = Pipeline.of(new ArrayList<Stage>(timed));
        // the first article loads whatever the stages load lazily
        pipeline.analyze(article(entries.get(0)));
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        out.printf(Locale.ROOT, "corpus    %s: %d articles, %.2f MB of text (UTF-8)%n", corpus, entries.size(), bytes / 1e6);
        out.printf(Locale.ROOT, "pipeline  %s: %s%n", stages, pipeline.stages().stream().map(Stage::name).toList());
        out.printf(Locale.ROOT, "load      %.2f s (pipeline construction and first article)%n", loadSeconds);
        out.printf(Locale.ROOT, "threads   %d, %d warm-up + %d measured passes%n", threads, warmup, rounds);
        out.flush();

        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < warmup; i++) pass(entries, pipeline, pool);
            resetPeaks();
            for (TimedStage st : timed) { st.nanos.reset(); st.cpuNanos.reset(); }
            double[] seconds = new double[rounds];
            long tokens = 0;
            for (int i = 0; i < rounds; i++) {
                long s = System.nanoTime();
                tokens = pass(entries, pipeline, pool);
                seconds[i] = (System.nanoTime() - s) / 1e9;
                out.printf(Locale.ROOT, "pass %d    %.3f s  %8.1f articles/s  %6.2f MB/s  %10.0f tokens/s%n", i + 1,
                        seconds[i], entries.size() / seconds[i], bytes / 1e6 / seconds[i], tokens / seconds[i]);
                out.flush();
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            System.gc();
            long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            out.printf(Locale.ROOT, "median    %.3f s  %8.1f articles/s  %6.2f MB/s  %10.0f tokens/s  (%.2f MB/s per thread)%n",
                    median, entries.size() / median, bytes / 1e6 / median, tokens / median, bytes / 1e6 / median / threads);
            out.printf(Locale.ROOT, "tokens    %d per pass%n", tokens);
            long totalCpu = 0;
            for (TimedStage st : timed) totalCpu += st.cpuNanos.sum();
            // per stage: wall time summed over threads, and CPU time (not inflated when other processes share the cores)
            for (TimedStage st : timed) {
                double wall = st.nanos.sum() / 1e9 / rounds, cpu = st.cpuNanos.sum() / 1e9 / rounds;
                out.printf(Locale.ROOT, "stage     %-22s %7.3f s wall %7.3f s CPU per pass (%4.1f%% of the stages)  %10.0f tokens per CPU second, %6.2f MB/s per core%n",
                        st.name(), wall, cpu, totalCpu == 0 ? 0.0 : 100.0 * st.cpuNanos.sum() / totalCpu, cpu == 0 ? 0.0 : tokens / cpu,
                        cpu == 0 ? 0.0 : bytes / 1e6 / cpu);
            }
            out.printf(Locale.ROOT, "heap      %.0f MB peak during measured passes, %.0f MB after GC (max %.0f MB)%n",
                    peakHeap() / 1e6, heapAfterGc / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }

    /** A stage that adds the wall and thread CPU time of each call to counters. */
    private static final class TimedStage implements Stage {
        private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
        final Stage stage;
        final java.util.concurrent.atomic.LongAdder nanos = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder cpuNanos = new java.util.concurrent.atomic.LongAdder();

        TimedStage(Stage stage) {
            this.stage = stage;
        }

        @Override public String name() { return stage.name(); }
        @Override public java.util.Set<Layer> requires() { return stage.requires(); }
        @Override public java.util.Set<Layer> assigns() { return stage.assigns(); }

        @Override
        public org.newsgraph.model.AnalyzedArticle process(org.newsgraph.model.AnalyzedArticle doc) {
            long t = System.nanoTime();
            long c = CPU.getCurrentThreadCpuTime();
            try {
                return stage.process(doc);
            } finally {
                nanos.add(System.nanoTime() - t);
                cpuNanos.add(CPU.getCurrentThreadCpuTime() - c);
            }
        }
    }

    /** One pass over the corpus: reading and analysis of every article; returns the number of tokens. */
    private static long pass(List<CsvCorpus.Entry> entries, Pipeline pipeline, ExecutorService pool) throws Exception {
        AtomicLong tokens = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>(entries.size());
        for (CsvCorpus.Entry e : entries) {
            futures.add(pool.submit(() -> {
                tokens.addAndGet(pipeline.analyze(article(e)).tokens().size());
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        return tokens.get();
    }

    private static Article article(CsvCorpus.Entry e) throws ReadException {
        return PlainTextReader.parse(e.text(), "10kgnad:" + e.line(), "10kgnad-" + e.line(), null, ReadOptions.DEFAULTS);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }
}
