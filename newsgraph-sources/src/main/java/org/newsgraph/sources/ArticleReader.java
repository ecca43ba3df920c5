package org.newsgraph.sources;

import java.util.List;

/**
 * Reads the articles of one input document of a {@link Format}. Stateless and thread-safe.
 * Implementations return one result per item of the document (an article or a failure, in document
 * order) and throw {@link ReadException} when the document as a whole cannot be read.
 */
public interface ArticleReader {
    Format format();

    List<ReadResult> read(Document doc, ReadOptions options) throws ReadException;
}
