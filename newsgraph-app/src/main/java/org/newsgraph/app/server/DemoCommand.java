package org.newsgraph.app.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.app.index.Ingester;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.index.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph demo}: ingest the bundled examples (and the given inputs), then serve API and UI. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled examples (examples/ of the project, German Wikinews, CC BY 2.5) and the given inputs",
                "into an index, then serves the API and web UI at http://127.0.0.1:8080/."})
public final class DemoCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "more articles to ingest")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: a temporary one, removed on exit)")
    Path index;

    @Option(names = "--examples", paramLabel = "DIR", description = "examples folder (default: ./examples, else the copy on the classpath)")
    Path examples;

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws Exception {
        Path dir = index != null ? index : Files.createTempDirectory("newsgraph-demo");
        if (index == null) Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
        List<Path> all = new ArrayList<>();
        Path ex = examplesFolder();
        if (ex != null) all.add(ex);
        else System.err.println("newsgraph demo: no examples/ folder found; serving only the given inputs");
        all.addAll(inputs);
        int errors;
        try (ArticleIndex idx = ArticleIndex.open(dir)) {
            if (!all.isEmpty()) {
                Ingester.Stats s = new Ingester(idx, GermanPipeline.get(), 100).ingest(all, new Ingester.Listener() {
                    @Override
                    public void error(String input, String message) {
                        System.err.println("newsgraph demo: " + input + ": " + message);
                    }

                    @Override
                    public void committed(Ingester.Stats stats) {
                    }
                });
                errors = s.errors.size();
            } else {
                errors = 0;
            }
            System.out.println("newsgraph demo: " + idx.articleCount() + " articles indexed" + (errors > 0 ? " (" + errors + " inputs failed)" : ""));
            return ServeCommand.serve(idx, host, port, ApiServer.DEFAULT_MAX_UPLOAD, "the demo");
        }
    }

    /** ./examples, or the examples bundled on the classpath copied to a temporary folder. */
    private Path examplesFolder() throws IOException {
        if (examples != null) return examples;
        Path local = Path.of("examples");
        if (Files.isDirectory(local)) return local;
        try (InputStream in = DemoCommand.class.getResourceAsStream("/org/newsgraph/app/examples/wikinews-de.jsonl")) {
            if (in == null) return null;
            Path tmp = Files.createTempDirectory("newsgraph-examples");
            Files.copy(in, tmp.resolve("wikinews-de.jsonl"));
            return tmp;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the OS cleans it eventually
        }
    }
}
