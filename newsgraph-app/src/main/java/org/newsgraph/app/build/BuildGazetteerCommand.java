package org.newsgraph.app.build;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.de.places.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph build gazetteer --geonames DIR --out FILE}. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Build the place gazetteer from GeoNames and Debian iso-codes (deterministic).")
public final class BuildGazetteerCommand implements Callable<Integer> {
    @Option(names = "--geonames", required = true, description = "Directory with cities15000.zip, countryInfo.tsv, regionInfo.tsv, country_translations.json")
    Path geonames;

    @Option(names = "--out", required = true, description = "Output file (gazetteer.tsv.gz)")
    Path out;

    @Option(names = "--iso-codes", defaultValue = "/usr/share/iso-codes/json/iso_3166-1.json", description = "iso_3166-1.json of Debian iso-codes")
    Path isoJson;

    @Option(names = "--iso-mo", defaultValue = "/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo", description = "German iso_3166-1.mo catalogue")
    Path isoMo;

    @Override
    public Integer call() {
        for (Path p : new Path[] {geonames.resolve("cities15000.zip"), geonames.resolve("countryInfo.tsv"),
                geonames.resolve("regionInfo.tsv"), geonames.resolve("country_translations.json"), isoJson, isoMo}) {
            if (!Files.isReadable(p)) {
                System.err.println("newsgraph build gazetteer: " + p + ": cannot read (missing input)");
                return 2;
            }
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            GazetteerBuilder.build(geonames, isoJson, isoMo, o);
        } catch (Exception e) {
            System.err.println("newsgraph build gazetteer: " + e.getMessage());
            return 1;
        }
        System.err.println("wrote " + out);
        return 0;
    }
}
