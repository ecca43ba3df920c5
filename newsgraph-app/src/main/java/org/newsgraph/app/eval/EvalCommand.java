package org.newsgraph.app.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the evaluation commands ({@code newsgraph eval lemmas ...}). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures newsgraph's analyses against gold data.",
        subcommands = {EvalLemmasCommand.class, EvalNerCommand.class, EvalQuotesCommand.class, EvalTimeCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
