package org.newsgraph.sources;

import java.nio.file.Path;

/**
 * One input to read: a file, stdin, or a path that cannot be read.
 *
 * @param source  the path as the user named it (files found in folders: folder + relative path), or {@code -}
 * @param path    the file, or null for stdin and for problems
 * @param problem why the input cannot be read (e.g. the path is missing), or null
 */
public record Input(String source, Path path, String problem) {
    public static final String STDIN = "-";

    public boolean isStdin() {
        return STDIN.equals(source) && path == null && problem == null;
    }

    public String name() {
        if (path != null) return path.getFileName().toString();
        if (isStdin()) return "stdin";
        String s = source.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(slash + 1);
    }
}
