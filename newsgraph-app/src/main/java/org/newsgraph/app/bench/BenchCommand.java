package org.newsgraph.app.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph bench}: throughput, latency and memory measurements over real corpora (figures, not tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures throughput, latency and memory on a real corpus (see the subcommands).",
        subcommands = {PipelineBench.class, IndexBench.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
