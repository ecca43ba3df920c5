package org.newsgraph.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attributes;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityRecord;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Geo;
import org.newsgraph.model.Medium;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionForm;
import org.newsgraph.model.Morphology;
import org.newsgraph.model.PlaceMention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.Token;

/**
 * Writes and reads the analysed-article contract (see docs/article-contract.md). Thread-safe.
 * Writing streams through a {@link JsonGenerator}; reading builds the typed model back.
 */
public final class ArticleJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private ArticleJson() {
    }

    public static String toJson(AnalyzedArticle doc, boolean pretty) {
        StringWriter w = new StringWriter(doc.text().length() * 4 + 256);
        write(doc, w, pretty);
        return w.toString();
    }

    public static void write(AnalyzedArticle doc, Writer out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) g.useDefaultPrettyPrinter();
            writeDoc(doc, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record for an input that could not be read or analysed. */
    public static String errorRecord(String id, String source, String error) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", id);
        n.put("source", source);
        n.put("error", error);
        return n.toString();
    }

    private static void writeDoc(AnalyzedArticle doc, JsonGenerator g) throws IOException {
        Article a = doc.article();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("date", a.date() == null ? null : a.date().toString());
        g.writeStringField("source", a.source());
        g.writeStringField("title", a.title());
        g.writeObjectFieldStart("dateline");
        g.writeArrayFieldStart("places");
        for (String p : a.dateline().places()) g.writeString(p);
        g.writeEndArray();
        g.writeStringField("agency", a.dateline().agency());
        if (a.dateline().span() != null) {
            g.writeNumberField("begin", a.dateline().span().begin());
            g.writeNumberField("end", a.dateline().span().end());
        }
        g.writeEndObject();
        g.writeStringField("text", a.text());
        g.writeArrayFieldStart("sections");
        for (Section s : a.sections()) {
            g.writeStartObject();
            g.writeStringField("kind", s.kind().jsonName());
            span(g, s.begin(), s.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sentences");
        for (Sentence s : doc.sentences()) {
            g.writeStartObject();
            span(g, s.begin(), s.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tokens");
        for (Token t : doc.tokens()) writeToken(g, t);
        g.writeEndArray();
        g.writeArrayFieldStart("entities");
        for (EntityMention e : doc.entities()) {
            g.writeStartObject();
            span(g, e.begin(), e.end());
            g.writeStringField("text", e.text());
            g.writeStringField("type", e.type().name());
            g.writeStringField("form", e.form().jsonName());
            if (e.entity() != null) g.writeStringField("entity", e.entity());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("entityIndex");
        for (EntityRecord r : doc.entityIndex().values()) writeEntity(g, r);
        g.writeEndObject();
        g.writeArrayFieldStart("places");
        for (PlaceMention p : doc.places()) {
            g.writeStartObject();
            span(g, p.begin(), p.end());
            g.writeStringField("entity", p.entity());
            if (p.geo() != null) {
                g.writeNumberField("lat", p.geo().lat());
                g.writeNumberField("lon", p.geo().lon());
                g.writeStringField("country", p.geo().country());
                if (p.geo().geonames() != 0) g.writeNumberField("geonames", p.geo().geonames());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : doc.quotes()) writeQuote(g, q);
        g.writeEndArray();
        g.writeArrayFieldStart("times");
        for (TimeExpression t : doc.times()) {
            g.writeStartObject();
            span(g, t.begin(), t.end());
            g.writeStringField("text", t.text());
            g.writeStringField("type", t.type().name());
            g.writeStringField("value", t.value());
            g.writeStringField("mod", t.mod());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : doc.events()) {
            g.writeStartObject();
            span(g, e.begin(), e.end());
            g.writeStringField("kind", e.kind());
            g.writeArrayFieldStart("participants");
            for (String p : e.participants()) g.writeString(p);
            g.writeEndArray();
            g.writeStringField("time", e.time());
            g.writeStringField("place", e.place());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!a.notes().isEmpty()) {
            g.writeArrayFieldStart("notes");
            for (String n : a.notes()) g.writeString(n);
            g.writeEndArray();
        }
        if (a.meta() != null && !a.meta().isEmpty()) {
            g.writeFieldName("meta");
            MAPPER.writeTree(g, a.meta());
        }
        g.writeEndObject();
    }

    private static void writeToken(JsonGenerator g, Token t) throws IOException {
        g.writeStartObject();
        span(g, t.begin(), t.end());
        g.writeStringField("lemma", t.lemma());
        g.writeStringField("pos", t.pos());
        Morphology m = t.morphology();
        if (!m.isEmpty()) {
            g.writeObjectFieldStart("morph");
            if (m.grammaticalCase() != null) g.writeStringField("case", m.grammaticalCase());
            if (m.number() != null) g.writeStringField("number", m.number());
            if (m.gender() != null) g.writeStringField("gender", m.gender());
            if (m.person() != null) g.writeStringField("person", m.person());
            if (m.mood() != null) g.writeStringField("mood", m.mood());
            if (m.tense() != null) g.writeStringField("tense", m.tense());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeEntity(JsonGenerator g, EntityRecord r) throws IOException {
        g.writeObjectFieldStart(r.id());
        g.writeStringField("name", r.name());
        g.writeStringField("type", r.type().name());
        g.writeArrayFieldStart("aliases");
        for (String s : r.aliases()) g.writeString(s);
        g.writeEndArray();
        g.writeObjectFieldStart("attributes");
        Attributes at = r.attributes();
        if (!at.role().isEmpty()) {
            g.writeArrayFieldStart("role");
            for (String s : at.role()) g.writeString(s);
            g.writeEndArray();
        }
        if (!at.party().isEmpty()) {
            g.writeArrayFieldStart("party");
            for (String s : at.party()) g.writeString(s);
            g.writeEndArray();
        }
        if (at.gender() != null) g.writeStringField("gender", at.gender());
        g.writeEndObject();
        if (r.wikidata() != null) g.writeStringField("wikidata", r.wikidata());
        if (r.geo() != null) {
            g.writeObjectFieldStart("geo");
            g.writeNumberField("lat", r.geo().lat());
            g.writeNumberField("lon", r.geo().lon());
            g.writeStringField("country", r.geo().country());
            if (r.geo().geonames() != 0) g.writeNumberField("geonames", r.geo().geonames());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeQuote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("parts");
        for (Span s : q.parts()) spanObject(g, s);
        g.writeEndArray();
        g.writeStringField("type", q.type().jsonName());
        g.writeArrayFieldStart("cue");
        for (Span s : q.cue()) spanObject(g, s);
        g.writeEndArray();
        mention(g, "speaker", q.speaker());
        mention(g, "addressee", q.addressee());
        g.writeStringField("outlet", q.outlet());
        g.writeStringField("medium", q.medium().jsonName());
        g.writeEndObject();
    }

    private static void mention(JsonGenerator g, String field, Mention m) throws IOException {
        if (m == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        span(g, m.begin(), m.end());
        g.writeStringField("entity", m.entity());
        g.writeEndObject();
    }

    private static void spanObject(JsonGenerator g, Span s) throws IOException {
        g.writeStartObject();
        span(g, s.begin(), s.end());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, int begin, int end) throws IOException {
        g.writeNumberField("begin", begin);
        g.writeNumberField("end", end);
    }

    // ---- reading -------------------------------------------------------------------------

    /** Reads a record written by {@link #write}; throws IllegalArgumentException for an error record. */
    public static AnalyzedArticle read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnalyzedArticle read(JsonNode n) {
        if (n.has("error")) throw new IllegalArgumentException("error record: " + n.get("error").asText());
        String text = n.path("text").asText();
        JsonNode dl = n.path("dateline");
        List<String> places = new ArrayList<>();
        dl.path("places").forEach(p -> places.add(p.asText()));
        Span dlSpan = dl.has("begin") ? new Span(dl.get("begin").asInt(), dl.get("end").asInt()) : null;
        Dateline dateline = new Dateline(places, textOrNull(dl.get("agency")), dlSpan);
        List<Section> sections = new ArrayList<>();
        n.path("sections").forEach(s -> sections.add(new Section(SectionKind.fromJson(s.get("kind").asText()), s.get("begin").asInt(), s.get("end").asInt())));
        List<String> notes = new ArrayList<>();
        n.path("notes").forEach(x -> notes.add(x.asText()));
        String date = textOrNull(n.get("date"));
        Article a = new Article(n.path("id").asText(), date == null ? null : LocalDate.parse(date), textOrNull(n.get("source")),
                textOrNull(n.get("title")), dateline, text, sections, n.get("meta") instanceof ObjectNode o ? o : null, notes);
        AnalyzedArticle doc = AnalyzedArticle.of(a);
        List<Sentence> sentences = new ArrayList<>();
        n.path("sentences").forEach(s -> sentences.add(new Sentence(s.get("begin").asInt(), s.get("end").asInt())));
        List<Token> tokens = new ArrayList<>();
        n.path("tokens").forEach(t -> {
            JsonNode m = t.path("morph");
            Morphology morph = m.isMissingNode() ? Morphology.NONE : new Morphology(textOrNull(m.get("case")), textOrNull(m.get("number")),
                    textOrNull(m.get("gender")), textOrNull(m.get("person")), textOrNull(m.get("mood")), textOrNull(m.get("tense")));
            tokens.add(new Token(t.get("begin").asInt(), t.get("end").asInt(), textOrNull(t.get("lemma")), textOrNull(t.get("pos")), morph, null));
        });
        doc = doc.withSentences(sentences).withTokens(tokens, true);
        List<EntityMention> mentions = new ArrayList<>();
        n.path("entities").forEach(e -> mentions.add(new EntityMention(e.get("begin").asInt(), e.get("end").asInt(), textOrNull(e.get("text")),
                EntityType.valueOf(e.get("type").asText()), MentionForm.fromJson(e.get("form").asText()), textOrNull(e.get("entity")))));
        Map<String, EntityRecord> index = new LinkedHashMap<>();
        n.path("entityIndex").fields().forEachRemaining(en -> {
            JsonNode r = en.getValue();
            JsonNode at = r.path("attributes");
            index.put(en.getKey(), new EntityRecord(en.getKey(), r.path("name").asText(), EntityType.valueOf(r.path("type").asText()),
                    strings(r.path("aliases")), new Attributes(strings(at.path("role")), strings(at.path("party")), textOrNull(at.get("gender"))),
                    textOrNull(r.get("wikidata")), geo(r.get("geo"))));
        });
        doc = doc.withEntities(mentions).withResolution(mentions, index);
        List<PlaceMention> placeMentions = new ArrayList<>();
        n.path("places").forEach(p -> placeMentions.add(new PlaceMention(p.get("begin").asInt(), p.get("end").asInt(), textOrNull(p.get("entity")),
                p.has("lat") ? geo(p) : null)));
        List<Quote> quotes = new ArrayList<>();
        n.path("quotes").forEach(q -> quotes.add(new Quote(spans(q.path("parts")), QuoteType.fromJson(q.get("type").asText()), spans(q.path("cue")),
                mention(q.get("speaker")), mention(q.get("addressee")), textOrNull(q.get("outlet")),
                q.has("medium") && !q.get("medium").isNull() ? Medium.fromJson(q.get("medium").asText()) : null)));
        List<TimeExpression> times = new ArrayList<>();
        n.path("times").forEach(t -> times.add(new TimeExpression(t.get("begin").asInt(), t.get("end").asInt(), textOrNull(t.get("text")),
                TimeType.valueOf(t.get("type").asText()), textOrNull(t.get("value")), textOrNull(t.get("mod")))));
        List<Event> events = new ArrayList<>();
        n.path("events").forEach(e -> events.add(new Event(e.get("begin").asInt(), e.get("end").asInt(), textOrNull(e.get("kind")),
                strings(e.path("participants")), textOrNull(e.get("time")), textOrNull(e.get("place")))));
        return doc.withPlaces(placeMentions).withQuotes(quotes).withTimes(times).withEvents(events);
    }

    private static Geo geo(JsonNode g) {
        if (g == null || g.isNull() || g.isMissingNode()) return null;
        return new Geo(g.path("lat").asDouble(), g.path("lon").asDouble(), textOrNull(g.get("country")), g.path("geonames").asLong(0));
    }

    private static Mention mention(JsonNode m) {
        if (m == null || m.isNull()) return null;
        return new Mention(m.get("begin").asInt(), m.get("end").asInt(), textOrNull(m.get("entity")));
    }

    private static List<Span> spans(JsonNode arr) {
        List<Span> out = new ArrayList<>();
        arr.forEach(s -> out.add(new Span(s.get("begin").asInt(), s.get("end").asInt())));
        return out;
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(s -> out.add(s.asText()));
        return out;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
