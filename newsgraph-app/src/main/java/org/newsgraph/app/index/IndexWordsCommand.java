package org.newsgraph.app.index;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.index.analysis.CompoundWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph index-words}: rebuilds the decompounding word list of the index. */
@Command(name = "index-words", mixinStandardHelpOptions = true,
        description = "Rebuilds the German compound-part word list of the search index from GermEval 2014 and Wikinews texts.")
public final class IndexWordsCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the shared data folder (with germeval2014/, quotes-wikinews/)")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "where to write it (the bundled one: newsgraph-index/src/main/resources/org/newsgraph/index/analysis/compound-words.txt)")
    Path out;

    @Override
    public Integer call() throws Exception {
        int n = CompoundWords.build(data, out);
        System.out.println("wrote " + n + " words to " + out);
        return 0;
    }
}
