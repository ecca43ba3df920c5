package org.newsgraph.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.json.ArticleJson;

/**
 * Measures how long the UI's pages take in headless Chromium against a running server (not a test):
 * for each page, a full load {@code runs} times, the time from navigation start until the page marked
 * itself rendered ({@code performance.mark('newsgraph:rendered')}), median and max, plus the bytes of
 * JavaScript loaded; with {@code --screenshots} also screenshots of each page. Usage in docs/ui.md.
 */
public final class UiTiming {
    private UiTiming() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        boolean shots = args.length > 2 && args[2].equals("--screenshots"); // into target/screenshots
        HttpClient http = HttpClient.newHttpClient();
        JsonNode hits = json(http, base + "/api/search?q=Ukraine&limit=1").path("hits");
        JsonNode people = json(http, base + "/api/entities?type=PER&limit=1").path("hits");
        JsonNode speaker = json(http, base + "/api/quotes?limit=1").path("hits").path(0).path("speaker");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("search, all articles", "/");
        pages.put("search \"Ukraine\"", "/?q=Ukraine");
        pages.put("search \"Ukraine\" + month + type", "/?q=Ukraine&month=2025-03&type=PER");
        if (hits.size() > 0) pages.put("article", "/article/" + enc(hits.get(0).path("id").asText()));
        if (people.size() > 0) pages.put("entity (most mentioned person)", "/entity/" + enc(people.get(0).path("id").asText()));
        pages.put("quote explorer", "/quotes");
        if (!speaker.isMissingNode() && speaker.hasNonNull("id")) pages.put("quote explorer, one speaker", "/quotes?speaker=" + enc(speaker.path("id").asText()));
        pages.put("map, all articles", "/map");
        pages.put("map \"Ukraine\"", "/map?q=Ukraine");
        System.out.println("| page | median ms | max ms | of which API (median) ms | JS KB |");
        System.out.println("|---|---:|---:|---:|---:|");
        try (Browser b = new Browser(base)) {
            for (Map.Entry<String, String> p : pages.entrySet()) {
                List<Double> ms = new ArrayList<>();
                List<Double> apiMs = new ArrayList<>();
                long js = 0;
                for (int i = 0; i < runs + 1; i++) {
                    b.open(p.getValue());
                    double t = ((Number) b.js("return performance.getEntriesByName('newsgraph:rendered').slice(-1)[0].startTime")).doubleValue();
                    js = ((Number) b.js("return performance.getEntriesByType('resource').filter(e => e.name.endsWith('.js'))"
                            + ".reduce((s, e) => s + (e.decodedBodySize || 0), 0)")).longValue();
                    double api = ((Number) b.js("return performance.getEntriesByType('resource').filter(e => e.name.includes('/api/'))"
                            + ".reduce((s, e) => s + e.duration, 0)")).doubleValue();
                    if (i > 0) { // the first load warms caches
                        ms.add(t);
                        apiMs.add(api);
                    }
                }
                if (shots) b.screenshots("timing-" + p.getKey().replaceAll("[^A-Za-z]+", "-").replaceAll("^-|-$", ""));
                Collections.sort(ms);
                Collections.sort(apiMs);
                System.out.printf("| %s | %.0f | %.0f | %.0f | %.1f |%n", p.getKey(), ms.get(ms.size() / 2), ms.get(ms.size() - 1),
                        apiMs.get(apiMs.size() / 2), js / 1024.0);
            }
        }
    }

    private static JsonNode json(HttpClient http, String url) throws Exception {
        return ArticleJson.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
