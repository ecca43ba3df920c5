package org.newsgraph.de.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.newsgraph.names.NameKey;

/**
 * Place names to places, from the bundled gazetteer ({@code gazetteer.tsv.gz}, built by
 * {@link GazetteerBuilder}) and the German demonym lexicon ({@code demonyms-de.tsv}).
 * Immutable and thread-safe; {@link #get()} loads it once.
 */
public final class Gazetteer {
    private final Map<Long, Place> places;
    private final Map<String, long[]> names;
    private final Map<String, String> demonyms;
    private final Map<String, Place> countries = new HashMap<>();

    Gazetteer(Map<Long, Place> places, Map<String, long[]> names, Map<String, String> demonyms) {
        this.places = places;
        this.names = names;
        this.demonyms = demonyms;
        for (Place p : places.values()) if (p.kind() == Place.Kind.COUNTRY) countries.put(p.country(), p);
    }

    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    static Gazetteer load() {
        try (InputStream gz = Gazetteer.class.getResourceAsStream("gazetteer.tsv.gz");
             InputStream dem = Gazetteer.class.getResourceAsStream("demonyms-de.tsv")) {
            if (gz == null || dem == null) throw new IllegalStateException("gazetteer resources missing");
            Map<Long, Place> places = new HashMap<>();
            Map<String, long[]> names = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("P")) {
                    long id = Long.parseLong(f[1]);
                    places.put(id, new Place(id, f[2], Place.Kind.valueOf(f[3]), Double.parseDouble(f[4]),
                            Double.parseDouble(f[5]), f[6].isEmpty() ? null : f[6], Long.parseLong(f[7])));
                } else {
                    String[] ids = f[2].split(",");
                    long[] a = new long[ids.length];
                    for (int i = 0; i < ids.length; i++) a[i] = Long.parseLong(ids[i]);
                    names.put(f[1], a);
                }
            }
            Map<String, String> demonyms = new HashMap<>();
            BufferedReader d = new BufferedReader(new InputStreamReader(dem, StandardCharsets.UTF_8));
            while ((line = d.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                demonyms.put(f[0].toLowerCase(Locale.ROOT), f[1]);
            }
            return new Gazetteer(places, names, demonyms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer", e);
        }
    }

    public int size() {
        return places.size();
    }

    public Place country(String iso) {
        return countries.get(iso);
    }

    /** All places a name can mean, trying German inflections ("Ungarns", "Russlands"). */
    public List<Place> candidates(String surface) {
        String s = surface.strip();
        for (String article : new String[] {"der ", "die ", "das ", "den ", "dem ", "des "}) {
            if (s.startsWith(article)) s = s.substring(article.length());
        }
        List<Place> out = new ArrayList<>();
        for (String form : forms(s)) {
            long[] ids = names.get(NameKey.fold(form));
            if (ids == null) continue;
            for (long id : ids) {
                Place p = places.get(id);
                if (p != null && !out.contains(p)) out.add(p);
            }
            if (!out.isEmpty()) return out;
        }
        // colloquial country names of the lexicon ("Amerika" for the USA)
        String iso = demonyms.get(NameKey.fold(s));
        if (iso != null && countries.containsKey(iso)) out.add(countries.get(iso));
        return out;
    }

    private static List<String> forms(String s) {
        List<String> f = new ArrayList<>();
        f.add(s);
        if (s.endsWith("s") && s.length() > 3) f.add(s.substring(0, s.length() - 1));
        if (s.endsWith("es") && s.length() > 4) f.add(s.substring(0, s.length() - 2));
        if (s.endsWith("ns") && s.length() > 4) f.add(s.substring(0, s.length() - 2));
        return f;
    }

    /** The country of a demonym or adjective ("russische", "ungarischen", "US-"), or null. */
    public String countryOfAdjective(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.endsWith("-")) w = w.substring(0, w.length() - 1);
        String iso = demonyms.get(w);
        if (iso != null) return iso;
        for (String end : new String[] {"en", "em", "er", "es", "e"}) {
            if (w.endsWith(end)) {
                iso = demonyms.get(w.substring(0, w.length() - end.length()));
                if (iso != null) return iso;
            }
        }
        return null;
    }

    /**
     * The country of a word for its people ("Russen", "Ungarin", "Franzose"), or null: nationals share
     * the stem of the country adjective ("russ-isch").
     */
    public String countryOfNational(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        for (String end : new String[] {"innen", "in", "en", "e", "n", ""}) {
            if (!lower.endsWith(end) || lower.length() - end.length() < 3) continue;
            String iso = countryOfAdjective(lower.substring(0, lower.length() - end.length()) + "isch");
            if (iso != null) return iso;
        }
        return null;
    }

    /**
     * The most likely place for a name in an article: population prior, boosted by the kind of
     * place (countries and capitals first), by countries named in the article and by the dateline.
     *
     * @param contextCountries ISO codes of countries the article names or the dateline places lie in
     * @param contextRegions   GeoNames ids of regions the article names (e.g. Texas)
     */
    public Place resolve(String surface, Collection<String> contextCountries, Collection<Long> contextRegions) {
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Place p : candidates(surface)) {
            double score = Math.log10(Math.max(p.population(), 10));
            switch (p.kind()) {
                case COUNTRY -> score += 4;
                case CONTINENT -> score += 4;
                case REGION -> score -= 0.5; // a city usually carries the name in news ("Washington")
                default -> { }
            }
            if (p.country() != null && contextCountries.contains(p.country())) score += 1.5;
            if (contextRegions.contains(p.geonames())) score += 3;
            if (p.kind() == Place.Kind.CITY && inRegion(p, contextRegions)) score += 3;
            if (score > bestScore || (score == bestScore && p.geonames() < best.geonames())) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    private boolean inRegion(Place city, Collection<Long> regions) {
        for (long r : regions) {
            Place reg = places.get(r);
            // a region's coordinates are those of its largest city: same country and near it
            if (reg != null && reg.kind() == Place.Kind.REGION && city.country() != null && city.country().equals(reg.country())
                    && Math.abs(reg.lat() - city.lat()) < 6 && Math.abs(reg.lon() - city.lon()) < 8) return true;
        }
        return false;
    }

    public Place byId(long id) {
        return places.get(id);
    }
}
