package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeRangesTest {
    private static String range(String value) {
        TimeRanges.DayRange r = TimeRanges.parse(value);
        return r == null ? null : r.fromDate() + ".." + r.toDate();
    }

    @Test
    void timexValuesBecomeDayRanges() {
        assertThat(range("2025-10-23")).isEqualTo("2025-10-23..2025-10-23");
        assertThat(range("2025-10-23T14:30")).isEqualTo("2025-10-23..2025-10-23");
        assertThat(range("2025-10")).isEqualTo("2025-10-01..2025-10-31");
        assertThat(range("2024-02")).isEqualTo("2024-02-01..2024-02-29");
        assertThat(range("2025-W43")).isEqualTo("2025-10-20..2025-10-26");
        assertThat(range("2025-W43-WE")).isEqualTo("2025-10-25..2025-10-26");
        assertThat(range("2026-Q1")).isEqualTo("2026-01-01..2026-03-31");
        assertThat(range("2026-SP")).isEqualTo("2026-03-01..2026-05-31");
        assertThat(range("2026")).isEqualTo("2026-01-01..2026-12-31");
        assertThat(range("199")).isEqualTo("1990-01-01..1999-12-31");
        assertThat(range("19")).isEqualTo("1900-01-01..1999-12-31");
        assertThat(LocalDate.of(2025, 10, 20).getDayOfWeek().getValue()).isEqualTo(1);
    }

    @Test
    void valuesWithoutAFixedTimeGiveNothing() {
        assertThat(range("PRESENT_REF")).isNull();
        assertThat(range("XXXX-10-23")).isNull();
        assertThat(range("P3D")).isNull();
        assertThat(range("2025-13")).isNull();
        assertThat(range("2025-02-30")).isNull();
        assertThat(range(null)).isNull();
    }
}
