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

    record Group(Map<String, Set<Integer>> roles, String type) { }

    record Doc(String id, List<Group> gold, List<Group> pred) { }

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
        List<Doc> docs = files.parallelStream().map(f -> score(json, f)).toList();
        long[][] c = new long[ROLES.length][3]; // tp, fp, fn
        Map<String, long[]> byType = new LinkedHashMap<>();
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
        double[] f1 = new double[ROLES.length];
        for (int r = 0; r < ROLES.length; r++) {
            f1[r] = line(ROLES[r], c[r]);
        }
        System.out.println("per type (gold FreeIndirect and IndirectFreeIndirect are free_indirect; quote tokens):");
        for (Map.Entry<String, long[]> e : byType.entrySet()) line("  " + e.getKey(), e.getValue());
        System.out.printf(Locale.ROOT, "quote_f1=%.4f speaker_f1=%.4f cue_f1=%.4f%n", f1[0], f1[1], f1[2]);
        return 0;
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

    private static Doc score(ObjectMapper json, Path file) {
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
            ObjectNode in = json.createObjectNode();
            in.put("id", id).put("date", id.split("_")[0]).put("title", g.path("documentName").asText("")).put("text", text);
            Article article = JsonRecords.toArticle(in, file.toString(), id, null, ReadOptions.DEFAULTS);
            AnalyzedArticle doc = GermanPipeline.get().analyze(article);
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
    static int[] assign(List<Group> gold, List<Group> pred) {
        int n = gold.size(), m = pred.size();
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        if (n == 0 || m == 0) return out;
        long[][] w = new long[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) w[i][j] = count(gold.get(i).roles().get("quote"), pred.get(j).roles().get("quote"))[0];
        }
        boolean transpose = n > m;
        int rows = transpose ? m : n, cols = transpose ? n : m;
        long[][] cost = new long[rows + 1][cols + 1];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) cost[i + 1][j + 1] = -(transpose ? w[j][i] : w[i][j]);
        int[] rowOfCol = hungarian(cost, rows, cols);
        for (int j = 1; j <= cols; j++) {
            int i = rowOfCol[j];
            if (i == 0) continue;
            int gi = transpose ? j - 1 : i - 1, pj = transpose ? i - 1 : j - 1;
            if (w[gi][pj] > 0) out[gi] = pj;
        }
        return out;
    }

    /** Minimum-cost assignment of every row to a distinct column (rows <= cols); 1-based, returns the row of each column. */
    private static int[] hungarian(long[][] a, int n, int m) {
        long inf = Long.MAX_VALUE / 4;
        long[] u = new long[n + 1], v = new long[m + 1];
        int[] p = new int[m + 1], way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[m + 1];
            java.util.Arrays.fill(minv, inf);
            boolean[] usedCol = new boolean[m + 1];
            do {
                usedCol[j0] = true;
                int i0 = p[j0], j1 = 0;
                long delta = inf;
                for (int j = 1; j <= m; j++) {
                    if (usedCol[j]) continue;
                    long cur = a[i0][j] - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (int j = 0; j <= m; j++) {
                    if (usedCol[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        return p;
    }
}
