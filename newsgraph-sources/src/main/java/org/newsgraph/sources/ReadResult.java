package org.newsgraph.sources;

import java.util.Objects;
import org.newsgraph.model.Article;

/**
 * What reading one input item gave: an {@link Article}, or a failure naming the item and the cause.
 * Every item of the input gives exactly one result, so nothing is silently dropped.
 */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Failed {

    /** The id of the article, or of the item that could not be read. */
    String id();

    /** Path or URL (with line or item number inside multi-article files) the item came from. */
    String source();

    static ReadResult read(Article article) {
        return new Read(article);
    }

    static ReadResult failed(String id, String source, String cause) {
        return new Failed(id, source, cause);
    }

    /** An article read successfully. */
    record Read(Article article) implements ReadResult {
        public Read {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String id() {
            return article.id();
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    /** An item that could not be read; {@code cause} is one line saying what is wrong. */
    record Failed(String id, String source, String cause) implements ReadResult {
        public Failed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            cause = oneLine(Objects.requireNonNull(cause, "cause"));
        }

        /** The line for stderr: {@code source: cause}. */
        public String message() {
            return source + ": " + cause;
        }

        private static String oneLine(String s) {
            String t = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
            return t.length() > 500 ? t.substring(0, 497) + "..." : t;
        }
    }
}
