package org.newsgraph.app.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.index.ArticleIndex;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.pipeline.Pipeline;

/**
 * Reads inputs, analyses raw articles (in parallel, a batch at a time) and adds them to the index,
 * committing after every batch. Only what {@link Listener#committed} reported is durable.
 */
public final class Ingester {
    /** Running totals. */
    public static final class Stats {
        public long added;
        public long replaced;
        public long unchanged;
        public final List<String> errors = new ArrayList<>();

        public long done() {
            return added + replaced + unchanged + errors.size();
        }
    }

    /** Hears about errors (one line each) and commits. */
    public interface Listener {
        void error(String input, String message);

        void committed(Stats stats);
    }

    private final ArticleIndex index;
    private final Pipeline pipeline;
    private final int batchSize;

    public Ingester(ArticleIndex index, Pipeline pipeline, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be positive");
        this.index = index;
        this.pipeline = pipeline;
        this.batchSize = batchSize;
    }

    public Stats ingest(List<Path> inputs, Listener listener) throws IOException {
        Stats stats = new Stats();
        List<ArticleInputs.Item> batch = new ArrayList<>(batchSize);
        IOException[] failure = new IOException[1];
        Consumer<ArticleInputs.Item> sink = item -> {
            if (failure[0] != null) return;
            batch.add(item);
            if (batch.size() >= batchSize) {
                try {
                    flush(batch, stats, listener);
                } catch (IOException e) {
                    failure[0] = e;
                }
            }
        };
        ArticleInputs.read(inputs, sink);
        if (failure[0] != null) throw failure[0];
        flush(batch, stats, listener);
        return stats;
    }

    /** Analyses and adds the given items, then commits. */
    public void flush(List<ArticleInputs.Item> batch, Stats stats, Listener listener) throws IOException {
        if (batch.isEmpty()) return;
        List<Object> analysed = batch.parallelStream().map(this::analyse).toList();
        for (int i = 0; i < batch.size(); i++) {
            String error = analysed.get(i) instanceof String msg ? msg : add((AnalyzedArticle) analysed.get(i), stats);
            if (error != null) {
                stats.errors.add(batch.get(i).input() + ": " + error);
                listener.error(batch.get(i).input(), error);
            }
        }
        batch.clear();
        index.commit();
        listener.committed(stats);
    }

    /** Adds one article and counts the outcome; returns an error message if Lucene refuses the record. */
    private String add(AnalyzedArticle a, Stats stats) throws IOException {
        try {
            switch (index.add(a)) {
                case ADDED -> stats.added++;
                case REPLACED -> stats.replaced++;
                case UNCHANGED -> stats.unchanged++;
            }
            return null;
        } catch (IllegalArgumentException e) {
            // e.g. an immense term; the other articles go on
            return "cannot index: " + e.getMessage();
        }
    }

    /** The analysed article, or an error message. */
    private Object analyse(ArticleInputs.Item item) {
        if (item.error() != null) return item.error();
        if (item.analysed() != null) return item.analysed();
        try {
            return pipeline.analyze(item.article());
        } catch (RuntimeException e) {
            return "analysis failed: " + e;
        }
    }
}
