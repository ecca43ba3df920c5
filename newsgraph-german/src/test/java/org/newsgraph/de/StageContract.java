package org.newsgraph.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.HasSpan;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;

/**
 * Reusable checks every stage must pass (use from any stage's test): on random and adversarial
 * text (surrogate pairs, emoji, control characters, lone surrogates, empty text, long runs) the
 * stage does not throw, keeps the text, yields spans inside the text that are ordered and do not
 * overlap, gives the same result on several threads at once, and leaks no state between calls.
 */
public final class StageContract {
    private StageContract() {
    }

    /** Adversarial and random texts, deterministic for a seed. */
    public static List<String> texts(long seed) {
        List<String> out = new ArrayList<>(List.of("", " ", "\n\n", ".", "«", "»,", "- - -", "z. B.", "Dr.",
                "21.", "EU-", "a\u0000b\u0007c", "\uD83D\uDE00\uD83C\uDDE9\uD83C\uDDEA Emoji 👍🏽 am 3. Mai.",
                "\uD800 lone \uDC00 surrogates\uD800", "e\u0301 combining ñ", "\u00A0\u2009\u200B\uFEFF\t x",
                "«««»»»„“”‚‘‹›''\"\"", "http://", "@", "#", "a@b", "1.2.3.4.5.6", "...!!!???…",
                "Er sagte: «Ja.» Dann: «Nein!», rief sie. (Und?) - Ende", "x".repeat(5000), ". ".repeat(2000),
                "Washington/Kiew/Moskau (dpa) - «Sehr konkret», sagte er in Kiew."));
        Random r = new Random(seed);
        String alphabet = "abcäöüßABCÄÖÜ0123456789 .,;:!?-–—/()[]«»„“”‚‘'\"\n\t@#&%€$§\u00A0\uD83D\uDE00\u0301\u0000";
        for (int k = 0; k < 60; k++) {
            int len = r.nextInt(200);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                if (r.nextInt(10) == 0) sb.append((char) r.nextInt(0x10000));
                else sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** An article over text with blank-line paragraphs as sections. */
    public static Article article(String text) {
        return SeedArticles.fromParagraphs("contract", null, text);
    }

    /**
     * Runs {@code pipeline} (the stage under test last, its requirements before it) over all contract
     * texts, checks the spans that {@code spans} extracts, and compares single- and multi-threaded runs.
     */
    public static void check(Pipeline pipeline, Function<AnalyzedArticle, List<? extends HasSpan>> spans) throws Exception {
        List<String> texts = texts(42);
        List<String> first = new ArrayList<>();
        for (String t : texts) {
            AnalyzedArticle doc = pipeline.analyze(article(t));
            assertThat(doc.text()).isEqualTo(t);
            List<? extends HasSpan> s = spans.apply(doc);
            int last = -1;
            for (HasSpan h : s) {
                assertThat(h.begin()).as("span start in %s", shortText(t)).isGreaterThanOrEqualTo(0).isGreaterThanOrEqualTo(last);
                assertThat(h.end()).as("span end in %s", shortText(t)).isLessThanOrEqualTo(t.length()).isGreaterThan(h.begin());
                last = h.end();
            }
            first.add(render(doc, s));
        }
        // same results on several threads at once, in another order (no state leaks between calls)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int rep = 0; rep < 3; rep++) {
                for (int k = texts.size() - 1; k >= 0; k--) {
                    String t = texts.get(k);
                    futures.add(pool.submit(() -> { AnalyzedArticle d = pipeline.analyze(article(t)); return render(d, spans.apply(d)); }));
                }
            }
            int i = 0;
            for (int rep = 0; rep < 3; rep++) {
                for (int k = texts.size() - 1; k >= 0; k--) {
                    assertThat(futures.get(i++).get()).as("parallel run of text %d", k).isEqualTo(first.get(k));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Convenience for a single stage with no requirements. */
    public static void check(Stage stage, Function<AnalyzedArticle, List<? extends HasSpan>> spans) throws Exception {
        check(Pipeline.of(stage), spans);
    }

    private static String render(AnalyzedArticle doc, List<? extends HasSpan> spans) {
        StringBuilder sb = new StringBuilder();
        for (HasSpan h : spans) sb.append(h).append('\n');
        return sb.toString();
    }

    private static String shortText(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
