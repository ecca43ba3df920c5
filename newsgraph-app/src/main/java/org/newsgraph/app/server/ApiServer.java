package org.newsgraph.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.app.index.ArticleInputs;
import org.newsgraph.app.index.Ingester;
import org.newsgraph.index.ArticleIndex;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.index.BadQueryException;
import org.newsgraph.index.Results;
import org.newsgraph.index.SearchQuery;
import org.newsgraph.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API (see /api/openapi.json) and the web UI over one {@link ArticleIndex}. Small handlers:
 * each parses and validates its parameters with {@link Params}, asks the index and writes
 * {@link ApiJson}. User errors are JSON with status 400/404/413; nothing from a request reaches the
 * file system (the UI comes from the classpath).
 */
public final class ApiServer implements AutoCloseable {
    /** Largest accepted {@code POST /api/articles} body. */
    public static final long DEFAULT_MAX_UPLOAD = 8L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private static final String ANSWERED = "newsgraph.answered";
    private final ArticleIndex index;
    private final Pipeline pipeline;
    private final long maxUpload;
    private final StaticUi ui = new StaticUi();
    private final Javalin app;

    public ApiServer(ArticleIndex index, Pipeline pipeline, long maxUpload) {
        this.index = index;
        this.pipeline = pipeline;
        this.maxUpload = maxUpload;
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = maxUpload;
            cfg.router.ignoreTrailingSlashes = true;
        });
        app.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
        app.get("/api/search", this::search);
        app.get("/api/articles/{id}", this::article);
        app.post("/api/articles", this::ingest);
        app.get("/api/entities", this::entities);
        app.get("/api/entities/{id}", this::entity);
        app.get("/api/quotes", this::quotes);
        app.get("/api/places", this::places);
        app.get("/api/timeline", this::timeline);
        app.get("/api/openapi.json", this::openapi);
        app.get("/", ui::serve);
        app.get("/*", ui::serve);
        app.exception(BadQueryException.class, (e, ctx) -> json(ctx, 400, ApiJson.error(e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", ctx.path(), e);
            json(ctx, 500, ApiJson.error("internal error"));
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) json(ctx, 404, ApiJson.error("not found: " + ctx.path()));
        });
        app.error(405, ctx -> json(ctx, 405, ApiJson.error("method not allowed")));
        app.error(413, ctx -> json(ctx, 413, ApiJson.error("request body larger than " + maxUpload + " bytes")));
    }

    /** Starts listening; port 0 picks a free port. */
    public ApiServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void json(Context ctx, int status, JsonNode body) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }

    private static String p(Context ctx, String name) {
        return Params.text(name, ctx.queryParam(name));
    }

    /** The filters shared by search, places and timeline. */
    private static SearchQuery filters(Context ctx) {
        return new SearchQuery(p(ctx, "q"), p(ctx, "speaker"), p(ctx, "entity"), Params.type(ctx.queryParam("type")),
                Params.date("from", ctx.queryParam("from")), Params.date("to", ctx.queryParam("to")),
                Params.circle("near", ctx.queryParam("near")), Params.box("bbox", ctx.queryParam("bbox")),
                p(ctx, "agency"), p(ctx, "country"), Params.month(ctx.queryParam("month")), p(ctx, "place"));
    }

    void search(Context ctx) throws IOException {
        Results.Search r = index.search(filters(ctx), Params.limit(ctx.queryParam("limit")), Params.cursor(ctx.queryParam("cursor")));
        json(ctx, 200, ApiJson.search(r));
    }

    void article(Context ctx) throws IOException {
        String json = index.articleJson(ctx.pathParam("id"));
        if (json == null) {
            json(ctx, 404, ApiJson.error("no article with id " + ctx.pathParam("id")));
            return;
        }
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(200).contentType("application/json; charset=utf-8").result(json);
    }

    void entities(Context ctx) throws IOException {
        Results.Entities r = index.entities(p(ctx, "q"), Params.type(ctx.queryParam("type")),
                Params.limit(ctx.queryParam("limit")), Params.cursor(ctx.queryParam("cursor")));
        json(ctx, 200, ApiJson.entities(r));
    }

    void entity(Context ctx) throws IOException {
        Results.EntityDetail d = index.entity(ctx.pathParam("id"));
        if (d == null) {
            json(ctx, 404, ApiJson.error("no entity with id " + ctx.pathParam("id")));
            return;
        }
        json(ctx, 200, ApiJson.entity(d));
    }

    void quotes(Context ctx) throws IOException {
        Results.Quotes r = index.quotes(p(ctx, "speaker"), p(ctx, "q"), p(ctx, "type"), p(ctx, "outlet"),
                Params.date("from", ctx.queryParam("from")), Params.date("to", ctx.queryParam("to")),
                Params.limit(ctx.queryParam("limit")), Params.cursor(ctx.queryParam("cursor")));
        json(ctx, 200, ApiJson.quotes(r));
    }

    void places(Context ctx) throws IOException {
        json(ctx, 200, ApiJson.places(index.places(filters(ctx), 1000)));
    }

    void timeline(Context ctx) throws IOException {
        SearchQuery q = new SearchQuery(p(ctx, "q"), null, p(ctx, "entity"), null,
                Params.date("from", ctx.queryParam("from")), Params.date("to", ctx.queryParam("to")), null, null, null, null, null);
        json(ctx, 200, ArticleJson.MAPPER.createObjectNode().set("days", ApiJson.days(index.timeline(q))));
    }

    void openapi(Context ctx) throws IOException {
        try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IOException("openapi.json missing from the classpath");
            ctx.status(200).contentType("application/json; charset=utf-8").result(in.readAllBytes());
        }
    }

    /** {@code POST /api/articles}: JSON Lines of articles, analysed and committed before the answer. */
    void ingest(Context ctx) throws IOException {
        long declared = ctx.contentLength();
        if (declared > maxUpload) {
            json(ctx, 413, ApiJson.error("request body larger than " + maxUpload + " bytes"));
            return;
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUpload + 1));
        }
        if (body.length > maxUpload) {
            json(ctx, 413, ApiJson.error("request body larger than " + maxUpload + " bytes"));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadQueryException("body is not UTF-8 text");
        }
        List<ArticleInputs.Item> items = new ArrayList<>();
        ArticleInputs.readJsonLines("line", new BufferedReader(new StringReader(text)), items::add);
        if (items.isEmpty()) throw new BadQueryException("empty body: expected JSON Lines, one article per line");
        Ingester.Stats stats = new Ingester.Stats();
        var errors = ArticleJson.MAPPER.createArrayNode();
        new Ingester(index, pipeline, Math.max(1, items.size())).flush(items, stats, new Ingester.Listener() {
            @Override
            public void error(String input, String message) {
                int line = Integer.parseInt(input.substring(input.lastIndexOf(':') + 1));
                errors.addObject().put("line", line).put("error", message);
            }

            @Override
            public void committed(Ingester.Stats s) {
            }
        });
        var o = ArticleJson.MAPPER.createObjectNode().put("ingested", stats.added + stats.replaced + stats.unchanged);
        o.put("added", stats.added).put("replaced", stats.replaced).put("unchanged", stats.unchanged);
        o.set("errors", errors);
        json(ctx, 200, o);
    }
}
