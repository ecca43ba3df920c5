package org.newsgraph.index;

import java.nio.file.Path;
import java.time.LocalDate;
import org.newsgraph.index.names.TransliterationKey;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.MentionForm;

/**
 * Run as a separate JVM by {@link CrashSafetyTest}: ingests {@code n} articles in batches and prints
 * {@code committed K} only after the commit of the first K articles returned.
 */
public final class CrashIngestChild {
    static final String[] SENTENCES = {
        "Die Außenminister könnten sich bereits am Donnerstag in Budapest treffen.",
        "Der Generalstab in Kiew verzeichnete sieben russische Angriffsversuche an diesem Frontabschnitt.",
        "Die Stadtverwaltung rief die Bewohner zur Vorsicht auf den Straßen auf.",
        "Das müsse massive Sanktionen gegen Ungarn zur Folge haben.",
        "Kupjansk liegt am Fluss Oskil, der eine natürliche Verteidigungslinie bietet.",
    };

    static AnalyzedArticle article(int i) {
        StringBuilder text = new StringBuilder("Meldung " + i + ": ");
        for (int k = 0; k < 3; k++) text.append(SENTENCES[(i + k) % SENTENCES.length]).append(' ');
        String t = text.toString();
        TestArticles.Builder b = new TestArticles.Builder("crash-" + i, LocalDate.of(2025, 1, 1).plusDays(i % 300), "Meldung " + i, t);
        if (t.contains("Budapest")) b.mention("Budapest", 0, TestArticles.BUDAPEST, MentionForm.NAME);
        if (t.contains("Kiew")) b.mention("Kiew", 0, TestArticles.KIEW, MentionForm.NAME);
        return b.build();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        try (ArticleIndex index = ArticleIndex.open(dir, new TransliterationKey())) {
            for (int i = 0; i < n; i++) {
                index.add(article(i));
                if ((i + 1) % batch == 0 || i + 1 == n) {
                    index.commit();
                    System.out.println("committed " + (i + 1));
                    System.out.flush();
                }
            }
        }
    }
}
