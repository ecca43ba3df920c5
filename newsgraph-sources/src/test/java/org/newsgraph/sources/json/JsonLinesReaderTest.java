package org.newsgraph.sources.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.sources.Samples.article;
import static org.newsgraph.sources.Samples.failure;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.sources.ReadResult;
import org.newsgraph.sources.Samples;

class JsonLinesReaderTest {
    private final String file = Samples.path("json/wikinews.jsonl").toString();
    private final List<ReadResult> results = Samples.read(Samples.path("json/wikinews.jsonl"));

    @Test
    void oneResultPerNonBlankLineInOrder() {
        // 6 non-blank lines; the blank line 2 is no item
        assertThat(results).hasSize(6);
        assertThat(results).extracting(ReadResult::source).containsExactly(
                file + ":1", file + ":3", file + ":4", file + ":5", file + ":6", file + ":7");
    }

    @Test
    void keepsIdDateTitleTextAndUnknownFieldsUnderMeta() {
        Article a = article(results.get(0));
        assertThat(a.id()).isEqualTo("wikinews-de-2840");
        assertThat(a.date()).isEqualTo(LocalDate.of(2005, 1, 29));
        assertThat(a.title()).isEqualTo("Papier hält NPD-Verbot für möglich");
        assertThat(a.text()).startsWith("Hans-Jürgen Papier, Präsident des Bundesverfassungsgerichtes, sagte");
        assertThat(a.meta().get("license").asText()).isEqualTo("CC BY 2.5");
        assertThat(a.meta().get("url").asText()).startsWith("https://de.wikinews.org/wiki/Papier");
        assertThat(a.meta().has("text")).isFalse();
        assertThat(a.sections()).hasSize(5);
    }

    @Test
    void derivesAStableIdWhenTheLineHasNone() {
        Article a = article(results.get(1));
        assertThat(a.id()).matches("wikinews-[0-9a-f]{16}");
        assertThat(a.meta().get("tags").get(0).asText()).isEqualTo("Justiz");
        assertThat(article(Samples.read(Samples.path("json/wikinews.jsonl")).get(1)).id()).isEqualTo(a.id());
    }

    @Test
    void badLinesGiveFailuresWithTheirLineNumberAndTheOthersGoOn() {
        ReadResult.Failed truncated = failure(results.get(2));
        assertThat(truncated.cause()).startsWith("line 4: malformed JSON at column").doesNotContain("\n");
        assertThat(truncated.id()).isEqualTo("wikinews-line-4");
        ReadResult.Failed noText = failure(results.get(3));
        assertThat(noText.id()).isEqualTo("ohne-text");
        assertThat(noText.cause()).isEqualTo("line 5: no \"text\" field");
        ReadResult.Failed badDate = failure(results.get(4));
        assertThat(badDate.id()).isEqualTo("falsches-datum");
        assertThat(badDate.cause()).startsWith("line 6: unknown date 'gestern'");
        assertThat(failure(results.get(5)).cause()).isEqualTo("line 7: expected a JSON object, found an array");
    }
}
