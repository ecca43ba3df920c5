package org.newsgraph.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a normalised TIMEX3 value into the range of days it covers: {@code 2025-10-23} is one day,
 * {@code 2025-10} the month, {@code 2025-W43} the ISO week, {@code 2025-Q4}, {@code 2025-H2},
 * {@code 2025-SU} (season), {@code 2025}, {@code 202} (decade) and {@code 20} (century); a date-time
 * ({@code 2025-10-23T10:00}) is its day. Values that do not name a fixed time ({@code PRESENT_REF},
 * {@code XXXX-10-23}, durations) give null.
 */
public final class TimeRanges {
    /** An inclusive range of epoch days. */
    public record DayRange(long from, long to) {
        public LocalDate fromDate() { return LocalDate.ofEpochDay(from); }
        public LocalDate toDate() { return LocalDate.ofEpochDay(to); }
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|AU|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})(XX)?");

    private TimeRanges() {
    }

    public static DayRange parse(String value) {
        if (value == null) return null;
        String v = value.strip();
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
                return range(d, d);
            }
            if ((m = MONTH.matcher(v)).matches()) {
                YearMonth ym = YearMonth.of(i(m, 1), i(m, 2));
                return range(ym.atDay(1), ym.atEndOfMonth());
            }
            if ((m = WEEK.matcher(v)).matches()) {
                LocalDate monday = LocalDate.of(i(m, 1), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
                        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                return m.group(3) != null ? range(monday.plusDays(5), monday.plusDays(6)) : range(monday, monday.plusDays(6));
            }
            if ((m = PART.matcher(v)).matches()) {
                int y = i(m, 1);
                return switch (m.group(2)) {
                    case "Q1" -> range(LocalDate.of(y, 1, 1), LocalDate.of(y, 3, 31));
                    case "Q2" -> range(LocalDate.of(y, 4, 1), LocalDate.of(y, 6, 30));
                    case "Q3" -> range(LocalDate.of(y, 7, 1), LocalDate.of(y, 9, 30));
                    case "Q4" -> range(LocalDate.of(y, 10, 1), LocalDate.of(y, 12, 31));
                    case "H1" -> range(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30));
                    case "H2" -> range(LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31));
                    case "SP" -> range(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31));
                    case "SU" -> range(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31));
                    case "FA", "AU" -> range(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30));
                    default -> range(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, 1).minusDays(1));
                };
            }
            if ((m = YEAR.matcher(v)).matches()) {
                int y = i(m, 1);
                return range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if ((m = DECADE.matcher(v)).matches()) {
                int y = i(m, 1) * 10;
                return range(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
            }
            if ((m = CENTURY.matcher(v)).matches()) {
                int y = i(m, 1) * 100;
                return range(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31));
            }
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
        return null;
    }

    private static DayRange range(LocalDate from, LocalDate to) {
        return new DayRange(from.toEpochDay(), to.toEpochDay());
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
