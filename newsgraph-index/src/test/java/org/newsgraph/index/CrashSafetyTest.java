package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real ingesting JVM with SIGKILL mid-ingest, then checks nothing committed was lost and a re-run completes. */
class CrashSafetyTest {
    private static final int N = 4000;
    private static final int BATCH = 40;

    private static Process child(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashIngestChild.class.getName(), dir.toString(), String.valueOf(N), String.valueOf(BATCH))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    @Test
    void killedIngestLosesNothingCommittedAndARerunCompletesIt(@TempDir Path dir) throws Exception {
        Process p = child(dir);
        int committed = 0;
        boolean killedMidIngest;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("committed ")) committed = Integer.parseInt(line.substring(10));
                if (committed >= 3 * BATCH) break;
            }
            killedMidIngest = p.isAlive();
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(killedMidIngest).as("child still ingesting when killed").isTrue();
        assertThat(committed).isGreaterThanOrEqualTo(3 * BATCH).isLessThan(N);

        try (FSDirectory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
            assertThat(check.checkIndex().clean).isTrue();
        }
        try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
            List<String> ids = index.articleIds();
            assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
            for (int i = 0; i < committed; i++) assertThat(ids).contains("crash-" + i);
        }

        Process rerun = child(dir);
        rerun.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).isZero();
        try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
            List<String> ids = index.articleIds();
            assertThat(ids).hasSize(N);
            assertThat(new HashSet<>(ids)).hasSize(N);
            assertThat(index.search(SearchQuery.text("Meldung"), 1, 0).total()).isEqualTo(N);
        }
    }
}
