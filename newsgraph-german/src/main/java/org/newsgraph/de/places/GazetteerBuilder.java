package org.newsgraph.de.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.newsgraph.names.NameKey;

/**
 * Builds the compact gazetteer from GeoNames (cities15000, countryInfo, regionInfo, German country
 * translations) and Debian iso-codes (German country names from {@code iso_3166-1.mo}).
 * Deterministic: sorted output, gzip without timestamp.
 *
 * <p>Format (UTF-8 TSV inside gzip): {@code P id name kind lat lon country population} per place,
 * then {@code N key id,id,...} per folded name.
 */
public final class GazetteerBuilder {
    /** Continents with their GeoNames ids and German names (a fixed list of seven). */
    private static final String[][] CONTINENTS = {
            {"6255148", "Europa", "48.69096", "9.14062"}, {"6255147", "Asien", "29.84064", "89.29688"},
            {"6255146", "Afrika", "7.18805", "21.09375"}, {"6255149", "Nordamerika", "46.07323", "-100.54688"},
            {"6255150", "Südamerika", "-14.60485", "-57.65625"}, {"6255151", "Ozeanien", "-18.31281", "138.51562"},
            {"6255152", "Antarktis", "-78.15856", "16.40626"}};

    private final Map<Long, Place> places = new TreeMap<>();
    private final Map<String, TreeSet<Long>> names = new TreeMap<>();

    public static void build(Path geonamesDir, Path isoJson, Path isoMo, OutputStream out) throws IOException {
        new GazetteerBuilder().read(geonamesDir, isoJson, isoMo).write(out);
    }

    private GazetteerBuilder read(Path dir, Path isoJson, Path isoMo) throws IOException {
        ObjectMapper om = new ObjectMapper();
        // cities
        Map<String, long[]> largestInRegion = new HashMap<>();
        Map<String, long[]> largestInCountry = new HashMap<>();
        Map<String, Place> cityById = new HashMap<>();
        List<String[]> cityRows = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(dir.resolve("cities15000.zip")))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (!e.getName().equals("cities15000.txt")) continue;
                BufferedReader r = new BufferedReader(new InputStreamReader(z, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) cityRows.add(line.split("\t", -1));
            }
        }
        for (String[] f : cityRows) {
            long id = Long.parseLong(f[0]);
            long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            Place p = new Place(id, f[1], Place.Kind.CITY, Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[8], pop);
            places.put(id, p);
            cityById.put(f[0], p);
            addName(f[1], id);
            addName(f[2], id);
            for (String alt : f[3].split(",")) if (latin(alt) && alt.length() >= 3) addName(alt, id);
            largestInRegion.merge(f[8] + "." + f[10], new long[] {id, pop}, (a, b) -> a[1] >= b[1] ? a : b);
            largestInCountry.merge(f[8], new long[] {id, pop}, (a, b) -> a[1] >= b[1] ? a : b);
        }
        // countries
        Map<String, Long> countryIdByIso = new HashMap<>();
        JsonNode translations = om.readTree(dir.resolve("country_translations.json").toFile());
        for (String line : Files.readAllLines(dir.resolve("countryInfo.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            String iso = f[0];
            long id = Long.parseLong(f[16]);
            Place at = capital(f[5], iso, cityRows, cityById, largestInCountry);
            long pop = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
            String de = translations.path(f[16]).path("de").asText(f[4]);
            places.put(id, new Place(id, de, Place.Kind.COUNTRY, at == null ? 0 : at.lat(), at == null ? 0 : at.lon(), iso, pop));
            countryIdByIso.put(iso, id);
            addName(f[4], id);
            addName(de, id);
            addName(iso, id);
            addName(f[1], id);
        }
        // German names from iso-codes
        Map<String, String> mo = MoFile.read(isoMo);
        for (JsonNode c : om.readTree(isoJson.toFile()).path("3166-1")) {
            Long id = countryIdByIso.get(c.path("alpha_2").asText());
            if (id == null) continue;
            for (String field : new String[] {"name", "common_name", "official_name"}) {
                String en = c.path(field).asText(null);
                if (en == null) continue;
                addName(en, id);
                String de = mo.get(en);
                if (de != null) addName(de, id);
            }
        }
        // first-level regions (US states, Länder, oblasts)
        for (String line : Files.readAllLines(dir.resolve("regionInfo.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f[3].isEmpty()) continue;
            long id = Long.parseLong(f[3]);
            String iso = f[0].substring(0, 2);
            long[] big = largestInRegion.get(f[0]);
            Place at = big == null ? null : places.get(big[0]);
            places.put(id, new Place(id, f[1], Place.Kind.REGION, at == null ? 0 : at.lat(), at == null ? 0 : at.lon(), iso,
                    at == null ? 0 : at.population()));
            addName(f[1], id);
            addName(f[2], id);
        }
        for (String[] c : CONTINENTS) {
            long id = Long.parseLong(c[0]);
            places.put(id, new Place(id, c[1], Place.Kind.CONTINENT, Double.parseDouble(c[2]), Double.parseDouble(c[3]), null, 0));
            addName(c[1], id);
        }
        return this;
    }

    private static Place capital(String capital, String iso, List<String[]> rows, Map<String, Place> byId,
                                 Map<String, long[]> largest) {
        Place best = null;
        for (String[] f : rows) {
            if (f[8].equals(iso) && (f[1].equals(capital) || f[2].equals(capital)) && f[7].startsWith("PPLC")) {
                return byId.get(f[0]);
            }
        }
        long[] big = largest.get(iso);
        if (big != null) best = byId.get(String.valueOf(big[0]));
        return best;
    }

    private static boolean latin(String s) {
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.COMMON
                    && sc != Character.UnicodeScript.INHERITED) return false;
        }
        return true;
    }

    private void addName(String name, long id) {
        if (name == null || name.isBlank()) return;
        String k = NameKey.fold(name);
        if (k.isEmpty()) return;
        names.computeIfAbsent(k, x -> new TreeSet<>()).add(id);
    }

    private void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8);
        for (Place p : places.values()) {
            w.write("P\t" + p.geonames() + "\t" + p.name() + "\t" + p.kind() + "\t"
                    + String.format(Locale.ROOT, "%.5f\t%.5f", p.lat(), p.lon()) + "\t"
                    + (p.country() == null ? "" : p.country()) + "\t" + p.population() + "\n");
        }
        for (Map.Entry<String, TreeSet<Long>> e : names.entrySet()) {
            StringBuilder b = new StringBuilder("N\t").append(e.getKey()).append('\t');
            boolean first = true;
            for (long id : e.getValue()) {
                if (!first) b.append(',');
                b.append(id);
                first = false;
            }
            w.write(b.append('\n').toString());
        }
        w.close();
    }
}
