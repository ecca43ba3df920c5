package org.newsgraph.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.de.GermanPipeline;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.HasSpan;
import org.newsgraph.model.Quote;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.json.JsonRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Token-level quotation attribution scores on the German Wikinews quotation format, counted exactly
 * as {@code tools/score_quotes.py} does: each predicted quote is paired with a gold quote by maximal
 * token overlap (optimal assignment), then quote, speaker and cue tokens are counted; plus quote
 * figures per type.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quote, speaker and cue token P/R/F1 (and per quote type) on a folder of Wikinews quotation gold files.")
public final class EvalQuotesCommand implements Callable<Integer> {
    private static final String[] ROLES = {"quote", "speaker", "cue"};
    private static final String[] TYPES = {"direct", "indirect", "free_indirect", "reported"};

    @Parameters(index = "0", description = "folder of <date>_<id>.json gold files")
    Path dir;

    /** The token ids of one statement by role, and its type. */
    public record Group(Map<String, Set<Integer>> roles, String type) { }

    /** One gold file with its gold and predicted statements. */
    public record Doc(String id, List<Group> gold, List<Group> pred) { }

    @Override
    public Integer call() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("eval quotes: no .json files in " + dir);
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = files.parallelStream().map(f -> score(json, f, GermanPipeline.get()::analyze)).toList();
        print(docs);
        return 0;
    }

    /** Prints the scores of the documents as {@code score_quotes.py} does, plus the per-type lines. */
    public static void print(List<Doc> docs) {
        Map<String, long[]> byType = new LinkedHashMap<>();
        long[][] c = counts(docs, byType);
        double[] f1 = new double[ROLES.length];
        for (int r = 0; r < ROLES.length; r++) {
            f1[r] = line(ROLES[r], c[r]);
        }
        System.out.println("per type (gold FreeIndirect and IndirectFreeIndirect are free_indirect; quote tokens):");
        for (Map.Entry<String, long[]> e : byType.entrySet()) line("  " + e.getKey(), e.getValue());
        System.out.printf(Locale.ROOT, "quote_f1=%.4f speaker_f1=%.4f cue_f1=%.4f%n", f1[0], f1[1], f1[2]);
    }

    /** Quote, speaker and cue F1 of the documents, counted as {@link #print} counts. */
    public static double[] f1(List<Doc> docs) {
        long[][] c = counts(docs, new LinkedHashMap<>());
        double[] f = new double[ROLES.length];
        for (int r = 0; r < ROLES.length; r++) {
            double p = c[r][0] + c[r][1] == 0 ? 0 : (double) c[r][0] / (c[r][0] + c[r][1]);
            double q = c[r][0] + c[r][2] == 0 ? 0 : (double) c[r][0] / (c[r][0] + c[r][2]);
            f[r] = p + q == 0 ? 0 : 2 * p * q / (p + q);
        }
        return f;
    }

    /** Token counts (tp, fp, fn) of quote, speaker and cue; quote counts per type go to byType. */
    private static long[][] counts(List<Doc> docs, Map<String, long[]> byType) {
        long[][] c = new long[ROLES.length][3]; // tp, fp, fn
        for (String t : TYPES) byType.put(t, new long[3]);
        for (Doc d : docs) {
            int[] match = assign(d.gold(), d.pred());
            boolean[] predUsed = new boolean[d.pred().size()];
            for (int i = 0; i < d.gold().size(); i++) {
                Group g = d.gold().get(i);
                Group p = match[i] >= 0 ? d.pred().get(match[i]) : null;
                if (p != null) predUsed[match[i]] = true;
                for (int r = 0; r < ROLES.length; r++) {
                    long[] x = count(g.roles().get(ROLES[r]), p == null ? Set.of() : p.roles().get(ROLES[r]));
                    for (int k = 0; k < 3; k++) c[r][k] += x[k];
                    if (r == 0) { long[] t = byType.get(g.type()); for (int k = 0; k < 3; k++) t[k] += x[k]; }
                }
            }
            for (int j = 0; j < d.pred().size(); j++) {
                if (predUsed[j]) continue;
                Group p = d.pred().get(j);
                for (int r = 0; r < ROLES.length; r++) c[r][1] += p.roles().get(ROLES[r]).size();
                byType.get(p.type())[1] += p.roles().get("quote").size();
            }
        }
        return c;
    }

    private static double line(String name, long[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%-15s P=%.4f R=%.4f F1=%.4f (gold tokens %d)%n", name, p, r, f, c[0] + c[2]);
        return f;
    }

    private static long[] count(Set<Integer> gold, Set<Integer> pred) {
        long tp = 0;
        for (int x : gold) if (pred.contains(x)) tp++;
        return new long[]{tp, pred.size() - tp, gold.size() - tp};
    }

    /** The article of a gold file, built as {@code analyze} reads the JSON Lines of {@code score_quotes.py --make-input}. */
    public static Article article(ObjectMapper json, JsonNode g, Path file) throws org.newsgraph.sources.ReadException {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - 5);
        ObjectNode in = json.createObjectNode();
        in.put("id", id).put("date", id.split("_")[0]).put("title", g.path("documentName").asText("")).put("text", g.path("originalText").asText());
        return JsonRecords.toArticle(in, file.toString(), id, null, ReadOptions.DEFAULTS);
    }

    /** Scores one gold file against the statements {@code analyze} finds in its article. */
    public static Doc score(ObjectMapper json, Path file, java.util.function.Function<Article, AnalyzedArticle> analyze) {
        try {
            JsonNode g = json.readTree(file.toFile());
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - 5);
            String text = g.path("originalText").asText();
            // gold offsets count code points; newsgraph offsets are UTF-16 units
            List<int[]> tokens = new ArrayList<>();
            for (JsonNode t : g.path("tokens")) {
                int b = text.offsetByCodePoints(0, t.path("charBegin").asInt());
                int e = text.offsetByCodePoints(0, t.path("charEnd").asInt());
                tokens.add(new int[]{t.path("id").asInt(), b, e});
            }
            List<Group> gold = new ArrayList<>();
            for (JsonNode a : g.path("annotations")) {
                Map<String, Set<Integer>> roles = new LinkedHashMap<>();
                for (String r : ROLES) {
                    Set<Integer> ids = new HashSet<>();
                    for (JsonNode x : a.path(r).path("tokenIds")) ids.add(x.asInt());
                    roles.put(r, ids);
                }
                gold.add(new Group(roles, goldType(a.path("type").asText())));
            }
            AnalyzedArticle doc = analyze.apply(article(json, g, file));
            List<Group> pred = new ArrayList<>();
            for (Quote q : doc.quotes()) {
                Map<String, Set<Integer>> roles = new LinkedHashMap<>();
                roles.put("quote", tokensOf(q.parts(), tokens));
                roles.put("speaker", q.speaker() == null ? Set.of() : tokensOf(List.of(q.speaker()), tokens));
                roles.put("cue", tokensOf(q.cue(), tokens));
                pred.add(new Group(roles, q.type().jsonName()));
            }
            return new Doc(id, gold, pred);
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static String goldType(String t) {
        return switch (t) {
            case "Direct" -> "direct";
            case "Reported" -> "reported";
            case "FreeIndirect", "IndirectFreeIndirect" -> "free_indirect";
            default -> "indirect";
        };
    }

    private static Set<Integer> tokensOf(List<? extends HasSpan> spans, List<int[]> tokens) {
        Set<Integer> ids = new HashSet<>();
        for (HasSpan s : spans) {
            for (int[] t : tokens) if (t[1] < s.end() && s.begin() < t[2]) ids.add(t[0]);
        }
        return ids;
    }

    /** Gold index → predicted index (or -1) maximising the total quote-token overlap; pairs without overlap are dropped. */
    public static int[] assign(List<Group> gold, List<Group> pred) {
        int n = gold.size(), m = pred.size();
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        if (n == 0 || m == 0) return out;
        long[][] w = new long[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) w[i][j] = count(gold.get(i).roles().get("quote"), pred.get(j).roles().get("quote"))[0];
        }
        // the shortest augmenting path method of scipy's linear_sum_assignment (Crouse 2016), step for step, so that
        // ties between equal overlaps are broken as score_quotes.py breaks them
        boolean transpose = m < n;
        int rows = transpose ? m : n, cols = transpose ? n : m;
        double[][] cost = new double[rows][cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) cost[i][j] = -(transpose ? w[j][i] : w[i][j]);
        int[] col4row = lsap(cost, rows, cols);
        for (int i = 0; i < rows; i++) {
            int j = col4row[i];
            int gi = transpose ? j : i, pj = transpose ? i : j;
            if (w[gi][pj] > 0) out[gi] = pj;
        }
        return out;
    }

    /** Rectangular linear sum assignment (rows <= cols), minimising cost; the column of each row. */
    private static int[] lsap(double[][] cost, int nr, int nc) {
        double[] u = new double[nr], v = new double[nc], spc = new double[nc];
        int[] path = new int[nc], col4row = new int[nr], row4col = new int[nc], remaining = new int[nc];
        boolean[] sr = new boolean[nr], sc = new boolean[nc];
        java.util.Arrays.fill(path, -1);
        java.util.Arrays.fill(col4row, -1);
        java.util.Arrays.fill(row4col, -1);
        for (int cur = 0; cur < nr; cur++) {
            double minVal = 0;
            int i = cur, numRemaining = nc;
            for (int it = 0; it < nc; it++) remaining[it] = nc - it - 1;
            java.util.Arrays.fill(sr, false);
            java.util.Arrays.fill(sc, false);
            java.util.Arrays.fill(spc, Double.POSITIVE_INFINITY);
            int sink = -1;
            while (sink == -1) {
                int index = -1;
                double lowest = Double.POSITIVE_INFINITY;
                sr[i] = true;
                for (int it = 0; it < numRemaining; it++) {
                    int j = remaining[it];
                    double r = minVal + cost[i][j] - u[i] - v[j];
                    if (r < spc[j]) { path[j] = i; spc[j] = r; }
                    if (spc[j] < lowest || (spc[j] == lowest && row4col[j] == -1)) { lowest = spc[j]; index = it; }
                }
                minVal = lowest;
                int j = remaining[index];
                if (row4col[j] == -1) sink = j; else i = row4col[j];
                sc[j] = true;
                remaining[index] = remaining[--numRemaining];
            }
            u[cur] += minVal;
            for (int r = 0; r < nr; r++) if (sr[r] && r != cur) u[r] += minVal - spc[col4row[r]];
            for (int j = 0; j < nc; j++) if (sc[j]) v[j] -= minVal - spc[j];
            int j = sink;
            while (true) {
                int r = path[j];
                row4col[j] = r;
                int tmp = col4row[r];
                col4row[r] = j;
                j = tmp;
                if (r == cur) break;
            }
        }
        return col4row;
    }
}
