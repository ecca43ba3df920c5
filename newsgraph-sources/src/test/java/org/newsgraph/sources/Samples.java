package org.newsgraph.sources;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.HasSpan;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;

/** Test samples and small helpers. */
public final class Samples {
    private Samples() {
    }

    /** A sample under src/test/resources/org/newsgraph/sources/. */
    public static Path path(String name) {
        URL url = Samples.class.getResource(name);
        if (url == null) throw new IllegalStateException("missing test resource " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed article in ../shared/seed (fails clearly when the shared folder is missing). */
    public static Path seed() {
        String shared = System.getProperty("newsgraph.shared");
        if (shared == null) throw new IllegalStateException("system property newsgraph.shared is not set (run through Maven)");
        Path p = Path.of(shared, "seed", "dpa-2025-10-21-gipfel-budapest.txt");
        if (!Files.isRegularFile(p)) throw new IllegalStateException("seed article not found at " + p);
        return p;
    }

    public static List<ReadResult> read(Path... paths) {
        return Sources.readAll(java.util.Arrays.stream(paths).map(Path::toString).toList(), ReadOptions.DEFAULTS);
    }

    public static Article article(ReadResult r) {
        if (r instanceof ReadResult.Read read) return read.article();
        throw new AssertionError("expected an article but got failure: " + ((ReadResult.Failed) r).message());
    }

    public static ReadResult.Failed failure(ReadResult r) {
        if (r instanceof ReadResult.Failed f) return f;
        throw new AssertionError("expected a failure but got article " + r.id());
    }

    public static String text(Article a, HasSpan s) {
        return a.text().substring(s.begin(), s.end());
    }

    public static List<String> sectionTexts(Article a, SectionKind kind) {
        return a.sections().stream().filter(s -> s.kind() == kind).map(s -> text(a, s)).toList();
    }

    public static List<Section> sections(Article a, SectionKind kind) {
        return a.sections().stream().filter(s -> s.kind() == kind).toList();
    }
}
