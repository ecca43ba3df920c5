package org.newsgraph.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.index.ArticleIndex;
import org.newsgraph.index.names.TransliterationKey;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.pipeline.Pipeline;

/** The REST API over real HTTP on a free port, every endpoint, good and bad parameters. */
class ApiServerTest {
    private static final long MAX_UPLOAD = 64 * 1024;
    private static ArticleIndex index;
    private static ApiServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        index = ArticleIndex.inMemory(new TransliterationKey());
        server = new ApiServer(index, Pipeline.of(), MAX_UPLOAD).start("127.0.0.1", 0);
        String body = ArticleJson.toJson(Fixtures.gipfel(), false) + "\n"
                + ArticleJson.toJson(Fixtures.patriot(), false) + "\n"
                + "{\"id\": \"wetter-1\", \"date\": \"2025-10-21\", \"title\": \"Erster Schnee in Kiew\", \"text\": \"In Kiew fiel am Montag der erste Schnee.\"}\n"
                + "{\"id\": \"kaputt\", \"text\": \n"
                + "{\"id\": \"leer\", \"date\": \"2025-10-21\"}\n"
                + "{\"id\": \"datum\", \"date\": \"21.10.2025\", \"text\": \"Ein Text.\"}\n"
                + "{\"id\": \"" + "x".repeat(40_000) + "\", \"text\": \"Ein Text.\"}\n";
        HttpResponse<String> r = post("/api/articles", body);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = json(r);
        assertThat(n.get("ingested").asInt()).isEqualTo(3);
        assertThat(n.get("errors")).hasSize(4);
        assertThat(n.get("errors").get(3).get("error").asText()).contains("id longer");
        assertThat(n.get("errors").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(n.get("errors").get(0).get("error").asText()).startsWith("malformed JSON");
        assertThat(n.get("errors").get(1).get("error").asText()).contains("text");
        assertThat(n.get("errors").get(2).get("error").asText()).contains("bad date");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        index.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return ArticleJson.MAPPER.readTree(r.body());
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        return json(r);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @Test
    void searchFindsInflectedAndCompoundWordsWithFacets() throws Exception {
        JsonNode r = ok("/api/search?q=" + enc("Haftbefehl"));
        assertThat(r.get("total").asInt()).isEqualTo(1);
        JsonNode hit = r.get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("gipfel-1");
        assertThat(hit.get("title").asText()).isEqualTo("Streit um Gipfel in Budapest");
        assertThat(hit.get("date").asText()).isEqualTo("2025-10-21");
        assertThat(hit.get("agency").asText()).isEqualTo("dpa");
        assertThat(hit.get("snippet").asText()).contains("<mark>Haftbefehls</mark>");
        assertThat(r.get("nextCursor").isNull()).isTrue();
        for (String f : List.of("entity", "speaker", "place", "country", "agency", "month")) assertThat(r.get("facets").has(f)).as(f).isTrue();
        assertThat(r.get("facets").get("speaker").get(0).get("label").asText()).isEqualTo("Marie-Agnes Strack-Zimmermann");
        assertThat(r.get("histogram").get(0).get("date").asText()).isEqualTo("2025-10-21");
        assertThat(ids(ok("/api/search?q=Abwehr").get("hits"))).containsExactly("patriot-1");
    }

    @Test
    void searchFiltersBySpeakerEntityPlaceAndTime() throws Exception {
        assertThat(ids(ok("/api/search?speaker=" + enc("Strack-Zimmermann")).get("hits"))).containsExactly("gipfel-1");
        assertThat(ids(ok("/api/search?entity=Zelensky").get("hits"))).containsExactly("patriot-1");
        assertThat(ids(ok("/api/search?near=" + enc("47.5,19.0,50")).get("hits"))).containsExactly("gipfel-1");
        assertThat(ids(ok("/api/search?bbox=" + enc("44,22,52,40")).get("hits"))).containsExactly("patriot-1");
        assertThat(ids(ok("/api/search?from=2025-10-23&to=2025-10-23").get("hits"))).containsExactly("gipfel-1");
        assertThat(ids(ok("/api/search?type=PER&country=UA").get("hits"))).containsExactly("patriot-1");
        assertThat(ok("/api/search?agency=dpa&month=2025-10").get("total").asInt()).isEqualTo(2);
        // place: the id a place facet value carries (the UI's place facet and map use it)
        assertThat(ids(ok("/api/search?place=" + enc("loc:Q1899")).get("hits"))).containsExactly("patriot-1");
        assertThat(ids(ok("/api/search?place=" + enc("loc:Q1781") + "&q=Putin").get("hits"))).containsExactly("gipfel-1");
        assertThat(ok("/api/search?place=" + enc("loc:Q1781") + "&q=Patriot").get("total").asInt()).isZero();
        assertThat(ok("/api/places?place=" + enc("loc:Q1899")).get("places")).singleElement()
                .satisfies(p -> assertThat(p.get("name").asText()).isEqualTo("Kiew"));
    }

    @Test
    void cursorPaginationWalksAllHits() throws Exception {
        JsonNode first = ok("/api/search?limit=2");
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("hits")).hasSize(2);
        String cursor = first.get("nextCursor").asText();
        JsonNode second = ok("/api/search?limit=2&cursor=" + enc(cursor));
        assertThat(second.get("hits")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        List<String> all = new ArrayList<>(ids(first.get("hits")));
        all.addAll(ids(second.get("hits")));
        assertThat(all).containsExactlyInAnyOrder("gipfel-1", "patriot-1", "wetter-1");
        assertThat(ok("/api/search?limit=100000").get("hits")).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=Putin%20AND%20(", "/api/search?q=*abwehr", "/api/search?limit=0", "/api/search?limit=abc",
        "/api/search?cursor=xyz", "/api/search?cursor=bzk5OTk5OTk", "/api/search?from=2025-13-01", "/api/search?from=2025-10-24&to=2025-10-01",
        "/api/search?type=PERSON", "/api/search?near=47.5,19.0", "/api/search?near=95,19,10", "/api/search?near=47,19,-1",
        "/api/search?near=a,b,c", "/api/search?bbox=1,2,3", "/api/search?month=2025-1", "/api/entities?type=XYZ", "/api/entities?limit=-3",
        "/api/quotes?type=shouted", "/api/quotes?from=gestern", "/api/quotes?q=%22unclosed", "/api/places?near=1,2", "/api/timeline?from=x"})
    void badParametersAre400WithAMessage(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(400);
        assertThat(json(r).get("error").asText()).isNotBlank();
    }

    @Test
    void overlongParametersAre400() throws Exception {
        assertThat(get("/api/search?q=" + "a".repeat(1500)).statusCode()).isEqualTo(400);
    }

    @Test
    void articlesByIdReturnTheFullRecord() throws Exception {
        JsonNode a = ok("/api/articles/gipfel-1");
        assertThat(a.get("text").asText()).isEqualTo(Fixtures.GIPFEL);
        assertThat(a.get("quotes")).hasSize(1);
        assertThat(a.get("times").get(0).get("value").asText()).isEqualTo("2025-10-23");
        assertThat(a.get("entityIndex").has("per:Q15813427")).isTrue();
        HttpResponse<String> missing = get("/api/articles/no-such-article");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).contains("no-such-article");
    }

    @Test
    void entitiesAreFoundInAnySpelling() throws Exception {
        JsonNode r = ok("/api/entities?q=Zelensky");
        assertThat(ids(r.get("hits"))).containsExactly("per:Q3695350");
        JsonNode e = r.get("hits").get(0);
        assertThat(e.get("name").asText()).isEqualTo("Wolodymyr Selenskyj");
        assertThat(e.get("aliases").get(0).asText()).isEqualTo("Selenskyj");
        assertThat(e.get("mentions").asInt()).isEqualTo(2);
        assertThat(e.get("articles").asInt()).isEqualTo(1);
        assertThat(ok("/api/entities?type=LOC").get("hits")).hasSize(2);
        JsonNode page = ok("/api/entities?limit=1");
        assertThat(page.get("hits")).hasSize(1);
        assertThat(page.get("nextCursor").isNull()).isFalse();
    }

    @Test
    void entityDetailHasQuotesMentionsAndNeighbours() throws Exception {
        JsonNode d = ok("/api/entities/" + enc("per:Q7747"));
        assertThat(d.get("name").asText()).isEqualTo("Wladimir Putin");
        assertThat(d.get("mentionsPerDay").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(d.get("quotesAbout")).hasSize(1);
        assertThat(d.get("quotesBy")).isEmpty();
        assertThat(ids(d.get("cooccurring"))).contains("per:Q15813427", "loc:Q1781");
        JsonNode strack = ok("/api/entities/" + enc("per:Q15813427"));
        assertThat(strack.get("quotesBy").get(0).get("speakerText").asText()).isEqualTo("sie");
        assertThat(get("/api/entities/" + enc("per:nobody")).statusCode()).isEqualTo(404);
    }

    @Test
    void quotesBySpeakerTextAndType() throws Exception {
        JsonNode r = ok("/api/quotes?speaker=" + enc("Strack-Zimmermann"));
        assertThat(r.get("total").asInt()).isEqualTo(1);
        JsonNode q = r.get("hits").get(0);
        assertThat(q.get("articleId").asText()).isEqualTo("gipfel-1");
        assertThat(q.get("articleTitle").asText()).isEqualTo("Streit um Gipfel in Budapest");
        assertThat(q.get("speaker").get("id").asText()).isEqualTo("per:Q15813427");
        assertThat(q.get("type").asText()).isEqualTo("direct");
        assertThat(q.get("cue").asText()).isEqualTo("sagte");
        assertThat(q.has("outlet")).isTrue();
        assertThat(ok("/api/quotes?q=Aufgabe&type=direct").get("hits").get(0).get("articleId").asText()).isEqualTo("patriot-1");
        assertThat(ok("/api/quotes?from=2025-10-21").get("total").asInt()).isEqualTo(1);
        JsonNode all = ok("/api/quotes?limit=1");
        assertThat(all.get("hits").get(0).get("date").asText()).isEqualTo("2025-10-21");
        assertThat(all.get("nextCursor").isNull()).isFalse();
    }

    @Test
    void placesAndTimeline() throws Exception {
        JsonNode places = ok("/api/places").get("places");
        assertThat(places).hasSize(2);
        JsonNode budapest = places.get(0).get("name").asText().equals("Budapest") ? places.get(0) : places.get(1);
        assertThat(budapest.get("lat").asDouble()).isEqualTo(47.49835);
        assertThat(budapest.get("country").asText()).isEqualTo("HU");
        assertThat(budapest.get("entity").asText()).isEqualTo("loc:Q1781");
        assertThat(budapest.get("count").asInt()).isEqualTo(1);
        assertThat(ok("/api/places?q=Aufgabe").get("places")).hasSize(1);
        JsonNode days = ok("/api/timeline?entity=Kiew").get("days");
        assertThat(days).hasSize(1);
        assertThat(days.get(0).get("date").asText()).isEqualTo("2025-10-20");
        assertThat(ok("/api/timeline?q=Kiew").get("days")).hasSize(2);
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode doc = ok("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        for (String p : List.of("/api/search", "/api/articles/{id}", "/api/articles", "/api/entities", "/api/entities/{id}",
                "/api/quotes", "/api/places", "/api/timeline", "/api/openapi.json")) {
            assertThat(doc.get("paths").has(p)).as(p).isTrue();
        }
    }

    @Test
    void oversizedUploadsAre413() throws Exception {
        String big = "{\"text\": \"" + "Wort ".repeat((int) (MAX_UPLOAD / 5) + 10) + "\"}\n";
        HttpResponse<String> r = post("/api/articles", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("error").asText()).contains("larger");
        HttpResponse<String> empty = post("/api/articles", "");
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void reingestingViaPostIsIdempotent() throws Exception {
        int before = ok("/api/search").get("total").asInt();
        JsonNode r = json(post("/api/articles", ArticleJson.toJson(Fixtures.patriot(), false)));
        assertThat(r.get("unchanged").asInt()).isEqualTo(1);
        assertThat(ok("/api/search").get("total").asInt()).isEqualTo(before);
    }

    @Test
    void uiRoutesFallBackToIndexHtmlAndNothingReachesTheFileSystem() throws Exception {
        for (String p : List.of("/", "/article/gipfel-1", "/entity/per%3AQ7747", "/quotes", "/map")) {
            HttpResponse<String> r = get(p);
            assertThat(r.statusCode()).as(p).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(p).startsWith("text/html");
        }
        for (String p : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/org/newsgraph/app/server/openapi.json",
                "/nothing.js", "/api/nothing", "/api")) {
            HttpResponse<String> r = get(p);
            // Jetty itself refuses ambiguous paths with 400; everything else is our 404
            assertThat(r.statusCode()).as(p).isIn(400, 404);
            assertThat(r.body()).doesNotContain("root:");
        }
        assertThat(json(get("/api/nothing")).get("error").asText()).contains("not found");
    }

    @Test
    void servesOnlyLocallyByDefault() {
        assertThat(new ServeCommand().host).isEqualTo("127.0.0.1");
        assertThat(new DemoCommand().host).isEqualTo("127.0.0.1");
    }
}
