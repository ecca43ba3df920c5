package org.newsgraph.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the web UI from the classpath folder {@code /org/newsgraph/app/ui} (never from the file
 * system). Client-side routes ({@code /article/*}, {@code /entity/*}, {@code /quotes}, {@code /map})
 * get {@code index.html}; without a bundled UI a small page points to the API.
 */
final class StaticUi {
    static final String ROOT = "/org/newsgraph/app/ui";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
    private static final Pattern SPA = Pattern.compile("/(article/.+|entity/.+|quotes|map)?");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("map", "application/json; charset=utf-8"));
    private static final String NO_UI = "<!doctype html><html lang=\"de\"><meta charset=\"utf-8\"><title>newsgraph</title>"
            + "<body><h1>newsgraph</h1><p>The web UI is not bundled in this build. The REST API is at "
            + "<a href=\"/api/search\">/api/search</a>, described by <a href=\"/api/openapi.json\">/api/openapi.json</a>.</p></body></html>";

    void serve(Context ctx) throws IOException {
        String path = ctx.path();
        if (path.startsWith("/api/") || path.equals("/api")) {
            ctx.status(404);
            return;
        }
        if (SPA.matcher(path).matches()) {
            if (!send(ctx, "index.html")) ctx.status(200).contentType("text/html; charset=utf-8").result(NO_UI);
            return;
        }
        String rel = path.substring(1);
        for (String seg : rel.split("/", -1)) {
            if (!SEGMENT.matcher(seg).matches() || seg.contains("..")) {
                ctx.status(404);
                return;
            }
        }
        if (!send(ctx, rel)) ctx.status(404);
    }

    private static boolean send(Context ctx, String rel) throws IOException {
        int dot = rel.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(rel.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) return false;
        try (InputStream in = StaticUi.class.getResourceAsStream(ROOT + "/" + rel)) {
            if (in == null) return false;
            ctx.status(200).contentType(type).result(in.readAllBytes());
            ctx.header("Cache-Control", rel.equals("index.html") ? "no-cache" : "max-age=300");
            return true;
        }
    }
}
