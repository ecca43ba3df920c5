package org.newsgraph.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.index.Results;

/** The JSON shapes of the REST API (see API.md and /api/openapi.json). */
public final class ApiJson {
    private ApiJson() {
    }

    private static ObjectNode object() {
        return ArticleJson.MAPPER.createObjectNode();
    }

    public static ObjectNode error(String message) {
        return object().put("error", message);
    }

    public static ObjectNode search(Results.Search r) {
        ObjectNode o = object();
        o.put("total", r.total());
        ArrayNode hits = o.putArray("hits");
        for (Results.Hit h : r.hits()) {
            hits.addObject().put("id", h.id()).put("title", h.title()).put("date", h.date()).put("source", h.source())
                    .put("agency", h.agency()).put("snippet", h.snippet());
        }
        ObjectNode facets = o.putObject("facets");
        for (Map.Entry<String, List<Results.FacetValue>> e : r.facets().entrySet()) {
            ArrayNode a = facets.putArray(e.getKey());
            for (Results.FacetValue f : e.getValue()) {
                String label = f.label();
                int tab = label == null ? -1 : label.indexOf('\t');
                a.addObject().put("value", f.value()).put("label", tab < 0 ? label : label.substring(0, tab)).put("count", f.count());
            }
        }
        o.set("histogram", days(r.histogram()));
        o.put("nextCursor", Params.cursorFor(r.next()));
        return o;
    }

    public static ArrayNode days(List<Results.DayCount> days) {
        ArrayNode a = ArticleJson.MAPPER.createArrayNode();
        for (Results.DayCount d : days) a.addObject().put("date", d.date()).put("count", d.count());
        return a;
    }

    public static ObjectNode entities(Results.Entities r) {
        ObjectNode o = object();
        ArrayNode hits = o.putArray("hits");
        for (Results.EntityHit h : r.hits()) {
            ObjectNode e = hits.addObject().put("id", h.id()).put("name", h.name()).put("type", h.type());
            ArrayNode aliases = e.putArray("aliases");
            h.aliases().forEach(aliases::add);
            e.put("mentions", h.mentions()).put("articles", h.articles());
        }
        o.put("nextCursor", Params.cursorFor(r.next()));
        return o;
    }

    public static ObjectNode entity(Results.EntityDetail d) {
        ObjectNode o = ((ObjectNode) d.record()).deepCopy();
        o.put("mentions", d.mentions()).put("articles", d.articles());
        o.set("mentionsPerDay", days(d.mentionsPerDay()));
        o.set("quotesBy", array(d.quotesBy()));
        o.set("quotesAbout", array(d.quotesAbout()));
        ArrayNode co = o.putArray("cooccurring");
        for (Results.Cooccurring c : d.cooccurring()) {
            co.addObject().put("id", c.id()).put("name", c.name()).put("type", c.type()).put("count", c.count());
        }
        return o;
    }

    public static ObjectNode quotes(Results.Quotes r) {
        ObjectNode o = object();
        o.put("total", r.total());
        o.set("hits", array(r.hits()));
        o.put("nextCursor", Params.cursorFor(r.next()));
        return o;
    }

    public static ObjectNode places(List<Results.Place> places) {
        ObjectNode o = object();
        ArrayNode a = o.putArray("places");
        for (Results.Place p : places) {
            a.addObject().put("entity", p.entity()).put("name", p.name()).put("lat", p.lat()).put("lon", p.lon())
                    .put("country", p.country()).put("count", p.count());
        }
        return o;
    }

    private static ArrayNode array(List<JsonNode> nodes) {
        ArrayNode a = ArticleJson.MAPPER.createArrayNode();
        nodes.forEach(a::add);
        return a;
    }
}
