package org.newsgraph.de.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.get();

    @Test
    void placesTheSeedPlaces() {
        Place kup = g.resolve("Kupjansk", Set.of("UA", "RU", "US"), Set.of());
        assertThat(kup.country()).isEqualTo("UA");
        assertThat(kmBetween(kup.lat(), kup.lon(), 49.71, 37.62)).isLessThan(10);
        assertThat(g.resolve("Kiew", Set.of(), Set.of()).country()).isEqualTo("UA");
        assertThat(g.resolve("Kyjiw", Set.of(), Set.of()).geonames()).isEqualTo(g.resolve("Kyiv", Set.of(), Set.of()).geonames());
        assertThat(g.resolve("Moskau", Set.of(), Set.of()).country()).isEqualTo("RU");
        assertThat(g.resolve("Budapest", Set.of(), Set.of()).country()).isEqualTo("HU");
        Place alaska = g.resolve("Alaska", Set.of("US"), Set.of());
        assertThat(alaska.kind()).isEqualTo(Place.Kind.REGION);
        assertThat(alaska.country()).isEqualTo("US");
        assertThat(g.resolve("Europa", Set.of(), Set.of()).kind()).isEqualTo(Place.Kind.CONTINENT);
    }

    @Test
    void inflectedCountryNames() {
        assertThat(g.resolve("Ungarns", Set.of(), Set.of()).country()).isEqualTo("HU");
        assertThat(g.resolve("Russlands", Set.of(), Set.of()).country()).isEqualTo("RU");
        assertThat(g.resolve("der Ukraine", Set.of(), Set.of()).country()).isEqualTo("UA");
        assertThat(g.resolve("Ungarn", Set.of(), Set.of()).kind()).isEqualTo(Place.Kind.COUNTRY);
        assertThat(g.resolve("Vereinigte Staaten", Set.of(), Set.of()).country()).isEqualTo("US");
    }

    @Test
    void contextDecidesAmbiguousNames() {
        Place washington = g.resolve("Washington", Set.of("US", "RU"), Set.of());
        assertThat(washington.kind()).isEqualTo(Place.Kind.CITY);
        assertThat(washington.lat()).isBetween(38.5, 39.5);
        assertThat(g.resolve("Paris", Set.of(), Set.of()).country()).isEqualTo("FR");
        long texas = g.candidates("Texas").stream().filter(p -> p.kind() == Place.Kind.REGION).findFirst().orElseThrow().geonames();
        Place parisTexas = g.resolve("Paris", Set.of("US"), Set.of(texas));
        assertThat(parisTexas.country()).isEqualTo("US");
    }

    @Test
    void adjectivesLinkToCountries() {
        for (var e : List.of(List.of("russische", "RU"), List.of("ungarischen", "HU"), List.of("ukrainische", "UA"),
                List.of("amerikanischen", "US"), List.of("US-", "US"), List.of("russischer", "RU"))) {
            assertThat(g.countryOfAdjective(e.get(0))).as(e.get(0)).isEqualTo(e.get(1));
        }
        assertThat(g.countryOfAdjective("schnelle")).isNull();
    }

    @Test
    void rebuildIsDeterministicAndMatchesTheResource() throws Exception {
        String shared = System.getProperty("newsgraph.shared");
        assertThat(shared).as("system property newsgraph.shared").isNotNull();
        Path dir = Path.of(shared, "data", "geonames");
        assertThat(dir.resolve("cities15000.zip")).exists();
        Path iso = Path.of("/usr/share/iso-codes/json/iso_3166-1.json"), mo = Path.of("/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo");
        ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
        GazetteerBuilder.build(dir, iso, mo, a);
        GazetteerBuilder.build(dir, iso, mo, b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        try (var in = Gazetteer.class.getResourceAsStream("gazetteer.tsv.gz")) {
            assertThat(in.readAllBytes()).isEqualTo(a.toByteArray());
        }
    }

    static double kmBetween(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371, dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }
}
