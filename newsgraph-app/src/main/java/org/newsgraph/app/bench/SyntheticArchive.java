package org.newsgraph.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityRecord;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Geo;
import org.newsgraph.model.Medium;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionForm;
import org.newsgraph.model.PlaceMention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Section;
import org.newsgraph.model.SectionKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;
import org.newsgraph.index.names.TransliterationKey;

/**
 * A news-like archive of any size recombined from real German text of the shared data: sentences of
 * GermEval 2014 (with their gold entity spans), 10kGNAD and Wikinews articles are shuffled into new
 * articles with synthetic ids, dates and agencies; PER mentions become speakers of direct quotes made
 * of real sentences; LOC mentions found in GeoNames get coordinates; each article talks about one
 * coming weekday. The records are built directly (as the pipeline would annotate them), because
 * analysing 100,000 articles with the full pipeline would take hours on two shared cores.
 */
final class SyntheticArchive {
    record Sentence(String text, List<int[]> entities, List<EntityType> types) {
    }

    private static final Pattern SPLIT = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«\"])");
    private static final String[] AGENCIES = {"dpa", "AFP", "Reuters", "APA", "epd"};
    private static final String[] WEEKDAYS = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};
    private final List<Sentence> annotated = new ArrayList<>();
    private final List<String> plain = new ArrayList<>();
    private final Map<String, Geo> gazetteer = new HashMap<>();
    private final TransliterationKey key = new TransliterationKey();
    final List<String> personNames = new ArrayList<>();
    final List<String> entityNames = new ArrayList<>();
    final List<Geo> cities = new ArrayList<>();
    final List<String> words = new ArrayList<>();

    SyntheticArchive(Path data) throws IOException {
        readGermEval(data.resolve("germeval2014"));
        readCorpus(data.resolve("corpora/10kgnad-test.csv"));
        readWikinews(data.resolve("quotes-wikinews"));
        readGeoNames(data.resolve("geonames/cities15000.zip"));
        for (Sentence s : annotated) {
            for (int i = 0; i < s.entities.size(); i++) {
                String name = s.text.substring(s.entities.get(i)[0], s.entities.get(i)[1]);
                entityNames.add(name);
                if (s.types.get(i) == EntityType.PER) personNames.add(name);
                if (s.types.get(i) == EntityType.LOC && gazetteer.containsKey(name)) cities.add(gazetteer.get(name));
            }
        }
        for (String p : plain) {
            for (String w : p.split("[^\\p{L}]+")) {
                if (w.length() >= 6 && Character.isUpperCase(w.charAt(0))) words.add(w);
            }
        }
        if (annotated.isEmpty() || plain.isEmpty()) throw new IOException(data + ": no sentences found");
    }

    int sentenceCount() {
        return annotated.size() + plain.size();
    }

    private void readGermEval(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                List<String[]> rows = new ArrayList<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#")) continue;
                    if (line.isBlank()) {
                        if (!rows.isEmpty()) annotated.add(sentence(rows));
                        rows = new ArrayList<>();
                        continue;
                    }
                    String[] c = line.split("\t");
                    if (c.length >= 3) rows.add(c);
                }
                if (!rows.isEmpty()) annotated.add(sentence(rows));
            }
        }
    }

    /** Joins GermEval tokens into text and keeps its outer PER/LOC/ORG/OTH spans (not deriv/part). */
    private static Sentence sentence(List<String[]> rows) {
        StringBuilder b = new StringBuilder();
        List<int[]> ents = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        int open = -1;
        EntityType openType = null;
        for (String[] r : rows) {
            String tok = r[1];
            boolean noSpace = b.length() == 0 || tok.matches("[.,;:!?)\\]»“]") || b.charAt(b.length() - 1) == '(' || b.charAt(b.length() - 1) == '„';
            String tag = r[2];
            if (open >= 0 && !tag.startsWith("I-")) {
                ents.add(new int[] {open, b.length()});
                types.add(openType);
                open = -1;
            }
            if (!noSpace) b.append(' ');
            if (tag.startsWith("B-") && !tag.contains("deriv") && !tag.contains("part")) {
                open = b.length();
                openType = EntityType.valueOf(tag.substring(2));
            }
            b.append(tok);
        }
        if (open >= 0) {
            ents.add(new int[] {open, b.length()});
            types.add(openType);
        }
        return new Sentence(b.toString(), ents, types);
    }

    private void readCorpus(Path csv) throws IOException {
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String text = SyntheticArchive.gnadText(line);
            if (text == null) continue;
            for (String s : SPLIT.split(text)) if (s.length() > 30 && s.length() < 400) plain.add(s.strip());
        }
    }

    /** The text of a 10kGNAD line {@code label;text} (text in single quotes when it contains the separator). */
    static String gnadText(String line) {
        int semi = line.indexOf(';');
        if (semi < 0 || semi == line.length() - 1) return null;
        String t = line.substring(semi + 1);
        if (t.startsWith("'") && t.endsWith("'") && t.length() > 1) t = t.substring(1, t.length() - 1);
        return t.isBlank() ? null : t;
    }

    private void readWikinews(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = ArticleJson.MAPPER.readTree(f.toFile());
                for (String para : n.path("originalText").asText("").split("\n+")) {
                    for (String s : SPLIT.split(para)) if (s.length() > 30 && s.length() < 400 && !s.contains("''")) plain.add(s.strip());
                }
            }
        }
    }

    private void readGeoNames(Path zip) throws IOException {
        Map<String, Long> population = new HashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry("cities15000.txt");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(z.getInputStream(e), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String[] c = line.split("\t");
                    if (c.length < 15) continue;
                    long pop = Long.parseLong(c[14].isEmpty() ? "0" : c[14]);
                    Geo g = new Geo(Double.parseDouble(c[4]), Double.parseDouble(c[5]), c[8], Long.parseLong(c[0]));
                    List<String> names = new ArrayList<>(List.of(c[1], c[2]));
                    if (!c[3].isEmpty()) names.addAll(List.of(c[3].split(",")));
                    for (String name : names) {
                        if (name.isBlank() || population.getOrDefault(name, -1L) >= pop) continue;
                        population.put(name, pop);
                        gazetteer.put(name, g);
                    }
                }
            }
        }
    }

    private String id(EntityType type, String name) {
        StringBuilder b = new StringBuilder(type.name().toLowerCase(Locale.ROOT)).append(':');
        for (String w : name.split("[\\s\\-]+")) {
            String k = key.key(w);
            if (!k.isEmpty()) b.append(k).append('-');
        }
        return b.substring(0, b.length() - 1);
    }

    /** Article number {@code i}, the same for the same i and seed. */
    AnalyzedArticle article(long seed, int i) {
        Random rnd = new Random(seed * 1_000_003L + i);
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(730));
        StringBuilder text = new StringBuilder();
        List<EntityMention> mentions = new ArrayList<>();
        Map<String, EntityRecord> index = new LinkedHashMap<>();
        List<PlaceMention> places = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        String agency = AGENCIES[rnd.nextInt(AGENCIES.length)];
        int paragraphs = 3 + rnd.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            int start = text.length();
            int n = 2 + rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                if (text.length() > start) text.append(' ');
                if (rnd.nextInt(3) > 0) {
                    Sentence s = annotated.get(rnd.nextInt(annotated.size()));
                    int base = text.length();
                    text.append(s.text);
                    for (int e = 0; e < s.entities.size(); e++) {
                        int b = base + s.entities.get(e)[0];
                        int end = base + s.entities.get(e)[1];
                        String name = text.substring(b, end);
                        EntityType t = s.types.get(e);
                        String id = id(t, name);
                        Geo g = t == EntityType.LOC ? gazetteer.get(name) : null;
                        index.putIfAbsent(id, new EntityRecord(id, name, t, List.of(), null, null, g));
                        mentions.add(new EntityMention(b, end, name, t, MentionForm.NAME, id));
                        if (g != null) places.add(new PlaceMention(b, end, id, g));
                        if (t == EntityType.PER) speakers.add(name);
                    }
                } else {
                    text.append(plain.get(rnd.nextInt(plain.size())));
                }
            }
            if (!speakers.isEmpty() && rnd.nextBoolean()) {
                String who = speakers.get(rnd.nextInt(speakers.size()));
                String said = plain.get(rnd.nextInt(plain.size())).replaceAll("[.!?]+$", "");
                text.append(" «");
                int qb = text.length();
                text.append(said);
                int qe = text.length();
                text.append("», ");
                int cb = text.length();
                text.append("sagte");
                text.append(' ');
                int sb = text.length();
                text.append(who).append('.');
                String id = id(EntityType.PER, who);
                mentions.add(new EntityMention(sb, sb + who.length(), who, EntityType.PER, MentionForm.NAME, id));
                quotes.add(new Quote(List.of(new Span(qb, qe)), QuoteType.DIRECT, List.of(new Span(cb, cb + 5)),
                        new Mention(sb, sb + who.length(), id), null, null, Medium.SPEECH));
            }
            sections.add(new Section(SectionKind.PARAGRAPH, start, text.length()));
            text.append("\n\n");
        }
        DayOfWeek dow = DayOfWeek.of(1 + rnd.nextInt(7));
        LocalDate talked = date.with(TemporalAdjusters.next(dow));
        String phrase = "am " + WEEKDAYS[dow.getValue() - 1];
        text.append("Die Beratungen sollen ");
        int tb = text.length();
        text.append(phrase).append(" fortgesetzt werden.");
        List<TimeExpression> times = List.of(new TimeExpression(tb, tb + phrase.length(), phrase, TimeType.DATE, talked.toString(), null));
        String body = text.toString();
        String title = body.substring(0, Math.min(80, body.indexOf(' ', Math.min(60, body.length() - 1)) > 0
                ? body.indexOf(' ', Math.min(60, body.length() - 1)) : body.length()));
        mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        Article a = new Article("bench-" + seed + "-" + i, date, "synthetic", title, new Dateline(List.of(), agency, null), body,
                sections, null, List.of());
        return AnalyzedArticle.of(a).withEntities(mentions).withResolution(mentions, index).withPlaces(places)
                .withQuotes(quotes).withTimes(times);
    }
}
