package org.newsgraph.app.build;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph build ...}: rebuilds derived resources from source data. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Rebuild derived resources (gazetteer) from source data.",
        subcommands = {BuildGazetteerCommand.class})
public final class BuildCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
