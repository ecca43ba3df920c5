package org.newsgraph.app.server;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.index.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph serve}: the REST API and web UI over an index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the REST API (/api, described at /api/openapi.json) and the web UI over an index.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = Path.of("newsgraph-data");

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE}; only this machine)")
    String host = "127.0.0.1";

    @Option(names = "--max-upload", paramLabel = "BYTES", description = "largest POST /api/articles body (default: ${DEFAULT-VALUE})")
    long maxUpload = ApiServer.DEFAULT_MAX_UPLOAD;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            System.err.println("newsgraph serve: --port must be 0..65535");
            return 2;
        }
        ArticleIndex opened;
        try {
            opened = ArticleIndex.open(index);
        } catch (java.io.IOException e) {
            System.err.println("newsgraph serve: " + e.getMessage());
            return 1;
        }
        try (ArticleIndex idx = opened) {
            return serve(idx, host, port, maxUpload, idx.articleCount() + " articles from " + index);
        }
    }

    /** Serves until the JVM is stopped (Ctrl-C). */
    static int serve(ArticleIndex idx, String host, int port, long maxUpload, String what) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (ApiServer server = new ApiServer(idx, GermanPipeline.get(), maxUpload).start(host, port)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            String shown = host.contains(":") ? "[" + host + "]" : host;
            System.out.println("newsgraph: serving " + what + " at http://" + shown + ":" + server.port() + "/ (API: /api, Ctrl-C stops)");
            System.out.flush();
            stopped.await();
        }
        return 0;
    }
}
