package org.newsgraph.app.index;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.newsgraph.app.server.ApiJson;
import org.newsgraph.app.server.Params;
import org.newsgraph.index.ArticleIndex;
import org.newsgraph.index.BadQueryException;
import org.newsgraph.index.Results;
import org.newsgraph.index.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph search}: query the embedded index from the command line. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the embedded index. QUERY uses Lucene syntax (AND is the default; \"\" for all articles).",
                "German words match their inflections and compound parts (Abwehr finds Flugabwehrsystemen)."})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "full-text query")
    String query;

    @Option(names = "--speaker", paramLabel = "NAME", description = "quoted speaker: entity id or name in any spelling")
    String speaker;

    @Option(names = "--entity", paramLabel = "NAME", description = "mentioned entity: id or name (\"Zelensky\" finds Selenskyj)")
    String entity;

    @Option(names = "--type", paramLabel = "PER|ORG|LOC|OTH", description = "articles mentioning an entity of this type")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "first day (YYYY-MM-DD) the article talks about or was published")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day (YYYY-MM-DD)")
    LocalDate to;

    @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "a place within KM of LAT,LON")
    String near;

    @Option(names = "--limit", paramLabel = "N", description = "hits to show, 1..100 (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Option(names = "--json", description = "print the result as JSON (the shape of GET /api/search)")
    boolean json;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = Path.of("newsgraph-data");

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Results.Search r;
        ArticleIndex opened;
        try {
            opened = ArticleIndex.openReadOnly(index);
        } catch (java.io.IOException e) {
            System.err.println("newsgraph search: " + e.getMessage());
            return 1;
        }
        try (ArticleIndex idx = opened) {
            SearchQuery q = new SearchQuery(query, speaker, entity, Params.type(type), from, to,
                    near == null ? null : Params.circle("near", near), null, null, null, null);
            r = idx.search(q, limit, 0);
        } catch (BadQueryException e) {
            System.err.println("newsgraph search: " + e.getMessage());
            return 2;
        }
        if (json) {
            out.println(ApiJson.search(r).toPrettyString());
            return 0;
        }
        out.println(r.total() + (r.total() == 1 ? " article" : " articles"));
        for (Results.Hit h : r.hits()) {
            out.println();
            out.println((h.date() == null ? "          " : h.date()) + "  " + (h.title() == null ? "(untitled)" : h.title()) + "  [" + h.id() + "]");
            out.println("    " + plain(h.snippet()));
        }
        return 0;
    }

    /** The snippet for a terminal: matches in brackets, entities unescaped. */
    static String plain(String snippet) {
        return snippet.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
