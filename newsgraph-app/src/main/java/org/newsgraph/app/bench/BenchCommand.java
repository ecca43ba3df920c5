package org.newsgraph.app.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph bench}: benchmarks over real corpora (figures, not tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks: speed and latency over real corpora.",
        subcommands = {IndexBench.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
