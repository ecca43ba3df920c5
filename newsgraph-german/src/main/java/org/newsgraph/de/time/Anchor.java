package org.newsgraph.de.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time as precise as the text makes it: a year (possibly BC), or a month, or a day.
 * The reference against which relative expressions are resolved (article date or, in narratives,
 * the last date mentioned). {@code month}/{@code day} are 0 when unknown.
 */
record Anchor(boolean bc, int year, int month, int day) {
    private static final Pattern VALUE = Pattern.compile("(BC)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

    static Anchor of(LocalDate d) {
        return new Anchor(false, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static Anchor year(int year) {
        return new Anchor(false, year, 0, 0);
    }

    /** The anchor a TIMEX3 date value names, or null for values without a year (PRESENT_REF, XXXX-08, P3D). */
    static Anchor parse(String value) {
        if (value == null) return null;
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) return null;
        return new Anchor(m.group(1) != null, Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
    }

    boolean hasDay() {
        return day > 0;
    }

    LocalDate date() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    String yearValue() {
        return bc ? String.format("BC%04d", year) : String.format("%04d", year);
    }

    /** The value at the anchor's own precision. */
    String value() {
        if (month == 0) return yearValue();
        if (day == 0) return String.format("%s-%02d", yearValue(), month);
        return String.format("%s-%02d-%02d", yearValue(), month, day);
    }

    /** The value at the precision of {@code unit}, with X for what the anchor does not know. */
    String value(Unit unit) {
        return switch (unit) {
            case CENTURY -> bc ? String.format("BC%02d", year / 100) : String.format("%02d", year / 100);
            case DECADE -> bc ? String.format("BC%03d", year / 10) : String.format("%03d", year / 10);
            case YEAR, QUARTER -> yearValue();
            case MONTH -> month == 0 ? yearValue() + "-XX" : String.format("%s-%02d", yearValue(), month);
            case WEEK -> hasDay() && !bc ? week(date()) : value(Unit.MONTH);
            default -> day == 0 ? value(Unit.MONTH) + "-XX" : value();
        };
    }

    /** Moves by {@code n} units (BC years count backwards); fields the anchor does not know stay unknown. */
    Anchor plus(Unit unit, long n) {
        if (bc) {
            return unit == Unit.YEAR ? new Anchor(true, (int) (year - n), 0, 0)
                    : unit == Unit.DECADE ? new Anchor(true, (int) (year - 10 * n), 0, 0) : this;
        }
        switch (unit) {
            case YEAR: return new Anchor(false, (int) (year + n), month, day);
            case DECADE: return new Anchor(false, (int) (year + 10 * n), month, day);
            case CENTURY: return new Anchor(false, (int) (year + 100 * n), month, day);
            case QUARTER: return plus(Unit.MONTH, 3 * n);
            case MONTH:
                if (month == 0) return plus(Unit.YEAR, Math.floorDiv(n, 12));
                LocalDate m = LocalDate.of(year, month, 1).plusMonths(n);
                return new Anchor(false, m.getYear(), m.getMonthValue(), day == 0 ? 0 : Math.min(day, m.lengthOfMonth()));
            case WEEK:
                return hasDay() ? of(date().plusWeeks(n)) : this;
            case DAY:
                return hasDay() ? of(date().plusDays(n)) : this;
            default:
                return this;
        }
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The weekday on or before ({@code direction} -1) or on or after (+1) the anchor day, never the day itself. */
    static LocalDate weekday(LocalDate ref, DayOfWeek dow, int direction) {
        LocalDate d = ref.plusDays(direction);
        while (d.getDayOfWeek() != dow) d = d.plusDays(direction);
        return d;
    }
}
