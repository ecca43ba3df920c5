package org.newsgraph.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pairing of predicted with gold quotes: maximal total token overlap, and on ties the same
 * choice as scipy's linear_sum_assignment in score_quotes.py (expected pairs taken from scipy 1.x).
 */
class EvalQuotesCommandTest {
    /** Gold and predicted quotes whose quote-token overlaps are the given matrix. */
    static int[] assign(int[][] overlap) {
        int n = overlap.length, m = overlap[0].length, next = 0;
        List<Set<Integer>> g = new ArrayList<>(), p = new ArrayList<>();
        for (int i = 0; i < n; i++) g.add(new HashSet<>());
        for (int j = 0; j < m; j++) p.add(new HashSet<>());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < overlap[i][j]; k++) { g.get(i).add(next); p.get(j).add(next); next++; }
            }
        }
        return EvalQuotesCommand.assign(groups(g), groups(p));
    }

    static List<EvalQuotesCommand.Group> groups(List<Set<Integer>> quotes) {
        List<EvalQuotesCommand.Group> out = new ArrayList<>();
        for (Set<Integer> q : quotes) {
            Map<String, Set<Integer>> roles = new LinkedHashMap<>();
            roles.put("quote", q);
            roles.put("speaker", Set.of());
            roles.put("cue", Set.of());
            out.add(new EvalQuotesCommand.Group(roles, "direct"));
        }
        return out;
    }

    @Test
    void maximisesTheTotalOverlap() {
        assertThat(assign(new int[][]{{2, 2, 0}, {0, 1, 1}})).containsExactly(0, 1);
        assertThat(assign(new int[][]{{0, 5}, {5, 5}, {5, 0}})).containsExactly(1, 0, -1);
        assertThat(assign(new int[][]{{1, 0, 4}, {0, 3, 0}})).containsExactly(2, 1);
    }

    @Test
    void breaksTiesAsScipyDoes() {
        assertThat(assign(new int[][]{{1, 1}, {1, 1}})).containsExactly(0, 1);
        assertThat(assign(new int[][]{{3}, {3}})).containsExactly(0, -1);
        assertThat(assign(new int[][]{{1, 0, 1}, {1, 1, 0}, {0, 1, 1}})).containsExactly(0, 1, 2);
    }

    @Test
    void dropsPairsWithoutOverlap() {
        assertThat(assign(new int[][]{{0, 0}, {0, 2}})).containsExactly(-1, 1);
    }
}
