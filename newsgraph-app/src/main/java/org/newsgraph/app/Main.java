package org.newsgraph.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code newsgraph} command line. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Reads news reports and turns them into searchable knowledge: entities, quotes, times, places.",
        subcommands = {
                CommandLine.HelpCommand.class,
                org.newsgraph.app.build.BuildCommand.class,
                org.newsgraph.app.entities.EntitiesCommand.class,
                org.newsgraph.app.kb.KbCommand.class,
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
