package org.newsgraph.app.ner;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph train ...}: rebuilds trained models from data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train models (named entities, word classes, reported speech) from data.",
        subcommands = {TrainNerCommand.class, TrainClassesCommand.class, TrainSplitCommand.class,
                org.newsgraph.app.quotes.TrainQuotesCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
