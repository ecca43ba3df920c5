package org.newsgraph.app.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph bench}: throughput and memory measurements over real corpora. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures throughput and memory on a real corpus (see the subcommands).",
        subcommands = {PipelineBench.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
