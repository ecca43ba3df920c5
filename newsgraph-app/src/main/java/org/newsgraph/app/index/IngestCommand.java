package org.newsgraph.app.index;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.index.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph ingest}: analyse articles and add them to the embedded index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses articles and adds them to the embedded index (idempotent: an article id is stored once,",
                "a changed article replaces its old version; crash-safe: commits every batch, a re-run completes the rest)."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders: JSON Lines (articles or analysed records), plain-text reports")
    List<Path> inputs;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = Path.of("newsgraph-data");

    @Option(names = "--batch", paramLabel = "N", description = "articles per commit (default: ${DEFAULT-VALUE})")
    int batch = 200;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        long total = ArticleInputs.estimate(inputs);
        long start = System.nanoTime();
        Progress progress = new Progress(System.console() != null, total, start, err);
        Ingester.Stats stats;
        ArticleIndex opened;
        try {
            opened = ArticleIndex.open(index);
        } catch (java.io.IOException e) {
            err.println("newsgraph ingest: " + e.getMessage());
            return 1;
        }
        try (ArticleIndex idx = opened) {
            stats = new Ingester(idx, GermanPipeline.get(), batch).ingest(inputs, progress);
            progress.finish();
            double secs = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "ingested %d articles into %s in %.1f s (%.1f articles/s): %d added, %d replaced, %d unchanged, %d errors; the index holds %d articles%n",
                    stats.done() - stats.errors.size(), index, secs, stats.done() / Math.max(secs, 1e-3),
                    stats.added, stats.replaced, stats.unchanged, stats.errors.size(), idx.articleCount());
        }
        return stats.errors.isEmpty() ? 0 : 1;
    }

    /** A progress bar on a terminal; nothing but errors otherwise. */
    static final class Progress implements Ingester.Listener {
        private final boolean terminal;
        private final long total;
        private final long start;
        private final PrintStream err;
        private boolean drawn;

        Progress(boolean terminal, long total, long start, PrintStream err) {
            this.terminal = terminal;
            this.total = total;
            this.start = start;
            this.err = err;
        }

        @Override
        public void error(String input, String message) {
            if (drawn) err.print("\r\033[K");
            err.println("newsgraph ingest: " + input + ": " + message);
        }

        @Override
        public void committed(Ingester.Stats s) {
            if (!terminal) return;
            long done = s.done();
            double secs = (System.nanoTime() - start) / 1e9;
            double rate = done / Math.max(secs, 1e-3);
            long left = Math.max(0, total - done);
            int width = 30;
            int filled = total == 0 ? width : (int) Math.min(width, width * done / Math.max(1, total));
            String eta = rate > 0 ? format((long) (left / rate)) : "?";
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d committed  %.1f articles/s  ETA %s \033[K",
                    "#".repeat(filled), ".".repeat(width - filled), done, total, rate, eta);
            err.flush();
            drawn = true;
        }

        void finish() {
            if (drawn) err.println();
        }

        private static String format(long seconds) {
            return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds / 60 % 60)
                    : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
    }
}
