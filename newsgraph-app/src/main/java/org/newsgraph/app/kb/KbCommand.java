package org.newsgraph.app.kb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.kb.WikidataImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph kb import FILE --out DIR}: the local knowledge base. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Local knowledge base (Wikidata import).",
        subcommands = {KbCommand.Import.class})
public final class KbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Stream a Wikidata JSON dump (.json, .json.gz or .json.bz2) into a compact local store.")
    public static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Wikidata JSON dump, e.g. latest-all.json.gz")
        Path dump;

        @Option(names = "--out", required = true, description = "Directory of the store (then set -Dnewsgraph.kb=DIR or NEWSGRAPH_KB=DIR)")
        Path out;

        @Override
        public Integer call() {
            if (!Files.isReadable(dump)) {
                System.err.println("newsgraph kb import: " + dump + ": cannot read");
                return 2;
            }
            try {
                WikidataImporter.Result r = WikidataImporter.importDump(dump, out);
                System.err.printf("%s: read %d entities, kept %d, %d malformed%n", dump, r.read(), r.kept(), r.errors());
                return r.errors() == 0 ? 0 : 1;
            } catch (Exception e) {
                System.err.println("newsgraph kb import: " + dump + ": " + e.getMessage());
                return 1;
            }
        }
    }
}
