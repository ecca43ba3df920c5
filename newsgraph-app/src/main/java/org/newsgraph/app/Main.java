package org.newsgraph.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code newsgraph} command line. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Reads news reports and turns them into searchable knowledge: entities, quotes, times, places.",
        subcommands = {
                CommandLine.HelpCommand.class,
                org.newsgraph.app.index.IngestCommand.class,
                org.newsgraph.app.index.SearchCommand.class,
                org.newsgraph.app.server.ServeCommand.class,
                org.newsgraph.app.server.DemoCommand.class,
                org.newsgraph.app.bench.BenchCommand.class,
                org.newsgraph.app.index.IndexWordsCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
