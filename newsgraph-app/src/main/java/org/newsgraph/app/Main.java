package org.newsgraph.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.newsgraph.app.analyze.AnalyzeCommand;
import org.newsgraph.app.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code newsgraph} command line. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Reads news reports and turns them into searchable knowledge: entities, quotes, times, places.",
        subcommands = {
                CommandLine.HelpCommand.class,
                org.newsgraph.app.eval.EvalCommand.class,
                AnalyzeCommand.class,
                BenchCommand.class,
                org.newsgraph.app.build.BuildCommand.class,
                org.newsgraph.app.ner.TrainCommand.class,
                org.newsgraph.app.ner.NerCommand.class,
                org.newsgraph.app.entities.EntitiesCommand.class,
                org.newsgraph.app.kb.KbCommand.class,
                org.newsgraph.app.index.IngestCommand.class,
                org.newsgraph.app.index.SearchCommand.class,
                org.newsgraph.app.server.ServeCommand.class,
                org.newsgraph.app.server.DemoCommand.class,
                org.newsgraph.app.index.IndexWordsCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on this process's stdout and stderr and returns the exit code. */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /** Runs the command line writing to the given streams (UTF-8) and returns the exit code (for tests). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return new CommandLine(new Main()).setOut(o).setErr(e).execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
