package org.newsgraph.sources;

/**
 * The raw bytes of one input document.
 *
 * @param source path or {@code -} (stdin) it was read from
 * @param name   file name, used for readable ids
 * @param bytes  the content, undecoded
 */
public record Document(String source, String name, byte[] bytes) {
    /** The id prefix for articles of this document that carry no id of their own. */
    public String idPrefix() {
        return "-".equals(source) ? "stdin" : Ids.stem(name);
    }
}
