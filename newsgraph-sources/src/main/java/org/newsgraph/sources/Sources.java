package org.newsgraph.sources;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.sources.feed.FeedReader;
import org.newsgraph.sources.html.HtmlReader;
import org.newsgraph.sources.json.JsonDocumentReader;
import org.newsgraph.sources.json.JsonLinesReader;
import org.newsgraph.sources.text.PlainTextReader;

/**
 * Reads articles from files, folders (recursively, in sorted order) and stdin ({@code -}), in any of
 * the {@link Format}s, detected by extension, else by content. Every input item gives exactly one
 * {@link ReadResult}, in input order; reading is lazy, so a corpus is never held in memory whole.
 *
 * <pre>{@code
 * try (Sources.Stream in = Sources.open(List.of("news/"), ReadOptions.DEFAULTS, System.err::println)) {
 *     while (in.hasNext()) { ReadResult r = in.next(); ... }
 * }
 * }</pre>
 */
public final class Sources {
    private static final Map<Format, ArticleReader> READERS = new EnumMap<>(Format.class);
    private static final JsonLinesReader JSON_LINES = new JsonLinesReader();

    static {
        for (ArticleReader r : List.of(new PlainTextReader(), JSON_LINES, new JsonDocumentReader(), new FeedReader(),
                new HtmlReader())) {
            READERS.put(r.format(), r);
        }
    }

    private Sources() {
    }

    /** The reader for a format. */
    public static ArticleReader reader(Format f) {
        return READERS.get(f);
    }

    /** Opens the inputs for reading from stdin of this process. */
    public static ResultStream open(List<String> inputs, ReadOptions options, Consumer<String> notices) {
        return open(inputs, options, notices, System.in);
    }

    /**
     * Opens the inputs for reading.
     *
     * @param notices receives one line for each file of a folder that is skipped (hidden, or not a
     *                news format) so nothing disappears unmentioned
     * @param stdin   what {@code -} reads
     */
    public static ResultStream open(List<String> inputs, ReadOptions options, Consumer<String> notices, InputStream stdin) {
        return new ResultStream(expand(inputs, notices), options, stdin);
    }

    /** Reads everything into a list (for small inputs and tests). */
    public static List<ReadResult> readAll(List<String> inputs, ReadOptions options) {
        List<ReadResult> out = new ArrayList<>();
        try (ResultStream s = open(inputs, options, n -> { })) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    /**
     * The inputs named by the arguments: files as given, folders expanded to their news files
     * (recursively, sorted by path), {@code -} for stdin, and a problem entry for each missing path
     * or folder without news files.
     */
    public static List<Input> expand(List<String> args, Consumer<String> notices) {
        List<Input> out = new ArrayList<>();
        for (String arg : args) {
            if (Input.STDIN.equals(arg)) {
                out.add(new Input(Input.STDIN, null, null));
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isRegularFile(p)) {
                out.add(new Input(arg, p, null));
            } else if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    out.add(new Input(arg, null, "cannot list folder: " + e.getMessage()));
                    continue;
                }
                files.sort(null);
                int taken = 0;
                for (Path f : files) {
                    Path rel = p.relativize(f);
                    String shown = join(arg, rel);
                    if (hidden(rel)) continue;
                    String name = f.getFileName().toString();
                    if (Format.byExtension(name) == null && name.contains(".")) {
                        notices.accept(shown + ": skipped, not a news file (read it by naming it: "
                                + "newsgraph analyze " + shown + ")");
                        continue;
                    }
                    out.add(new Input(shown, f, null));
                    taken++;
                }
                if (taken == 0) out.add(new Input(arg, null, "folder holds no news files (.txt, .jsonl, .json, .xml, .rss, .atom, .html)"));
            } else if (Files.exists(p)) {
                out.add(new Input(arg, null, "not a regular file or folder"));
            } else {
                out.add(new Input(arg, null, "no such file or folder"));
            }
        }
        return out;
    }

    private static String join(String folder, Path rel) {
        String sep = folder.endsWith("/") || folder.endsWith(java.io.File.separator) ? "" : "/";
        return folder + sep + rel.toString().replace(java.io.File.separatorChar, '/');
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /** The results of a list of inputs, read lazily in order. Close it to release an open file. */
    public static final class ResultStream implements Iterator<ReadResult>, Closeable {
        private final Deque<Input> inputs;
        private final ReadOptions options;
        private final InputStream stdin;
        private final Deque<ReadResult> ready = new ArrayDeque<>();
        private Iterator<ReadResult> streaming;
        private InputStream streamingIn;

        ResultStream(List<Input> inputs, ReadOptions options, InputStream stdin) {
            this.inputs = new ArrayDeque<>(inputs);
            this.options = options;
            this.stdin = stdin;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty()) {
                if (streaming != null) {
                    if (streaming.hasNext()) return true;
                    closeStreaming();
                }
                if (inputs.isEmpty()) return false;
                readInput(inputs.removeFirst());
            }
            return true;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) throw new NoSuchElementException();
            if (!ready.isEmpty()) return ready.removeFirst();
            return streaming.next();
        }

        @Override
        public void close() {
            closeStreaming();
        }

        private void closeStreaming() {
            streaming = null;
            if (streamingIn != null && streamingIn != stdin) {
                try {
                    streamingIn.close();
                } catch (IOException ignored) {
                    // nothing left to read from it
                }
            }
            streamingIn = null;
        }

        private void readInput(Input in) {
            String failId = Ids.forSource(Ids.stem(in.name()));
            if (in.problem() != null) {
                ready.add(ReadResult.failed(failId, in.source(), in.problem()));
                return;
            }
            try {
                long size = -1;
                if (in.path() != null) size = Files.size(in.path());
                if (size == 0) {
                    ready.add(ReadResult.failed(failId, in.source(), "empty file (0 bytes)"));
                    return;
                }
                Format format = in.path() != null ? Format.byExtension(in.name()) : null;
                InputStream raw = in.isStdin() ? stdin : Files.newInputStream(in.path());
                BufferedInputStream bin = new BufferedInputStream(raw, 65536);
                boolean handedOver = false;
                try {
                    bin.mark(8192);
                    byte[] head = bin.readNBytes(8192);
                    bin.reset();
                    if (head.length == 0) {
                        ready.add(ReadResult.failed(failId, in.source(), "empty input (0 bytes)"));
                        return;
                    }
                    Format sniffed = Format.sniff(head, head.length);
                    if (format == null) format = sniffed;
                    // .json holding JSON Lines, or .jsonl holding one pretty-printed object: trust the content
                    if ((format == Format.JSON || format == Format.JSON_LINES)
                            && (sniffed == Format.JSON || sniffed == Format.JSON_LINES)) {
                        format = sniffed;
                    }
                    if (format == Format.JSON_LINES) {
                        // refuse a binary file as a whole rather than line by line
                        String sig = TextDecoder.binarySignature(head, 0, head.length);
                        if (sig != null) throw new ReadException("binary file (" + sig + "), not text");
                        if (startsWithUtf16Bom(head)) throw new ReadException("JSON Lines must be UTF-8, found a UTF-16 byte-order mark");
                        TextDecoder.checkNotBinary(head, 0, head.length);
                        streaming = JSON_LINES.stream(bin, in.source(), Ids.stem(in.name()), options);
                        streamingIn = in.isStdin() ? stdin : bin;
                        handedOver = true;
                        return;
                    }
                    if (size > options.maxBytes()) {
                        ready.add(ReadResult.failed(failId, in.source(), tooLarge(size)));
                        return;
                    }
                    byte[] bytes = bin.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxBytes() + 1));
                    if (bytes.length > options.maxBytes()) {
                        ready.add(ReadResult.failed(failId, in.source(), "input is over the limit of "
                                + ReadOptions.humanSize(options.maxBytes()) + " per document"));
                        return;
                    }
                    if (bytes.length == 0) {
                        ready.add(ReadResult.failed(failId, in.source(), "empty input (0 bytes)"));
                        return;
                    }
                    Document doc = new Document(in.source(), in.name(), bytes);
                    ready.addAll(READERS.get(format).read(doc, options));
                } finally {
                    if (!handedOver && !in.isStdin()) bin.close();
                }
            } catch (ReadException e) {
                ready.add(ReadResult.failed(failId, in.source(), e.getMessage()));
            } catch (NoSuchFileException e) {
                ready.add(ReadResult.failed(failId, in.source(), "no such file or folder"));
            } catch (AccessDeniedException e) {
                ready.add(ReadResult.failed(failId, in.source(), "cannot read: permission denied"));
            } catch (IOException e) {
                ready.add(ReadResult.failed(failId, in.source(), "cannot read: " + e.getMessage()));
            } catch (RuntimeException e) {
                ready.add(ReadResult.failed(failId, in.source(), "cannot read: " + e));
            }
        }

        private static boolean startsWithUtf16Bom(byte[] b) {
            return b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
        }

        private String tooLarge(long size) {
            return "file is " + ReadOptions.humanSize(size) + ", over the limit of "
                    + ReadOptions.humanSize(options.maxBytes()) + " per document";
        }
    }
}
