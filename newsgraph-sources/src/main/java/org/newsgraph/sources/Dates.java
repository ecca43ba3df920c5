package org.newsgraph.sources;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Publication dates as inputs write them, turned into a calendar date. */
public final class Dates {
    private static final List<DateTimeFormatter> DATE_ONLY = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
            DateTimeFormatter.BASIC_ISO_DATE);

    private Dates() {
    }

    /**
     * Parses {@code 2025-10-21}, {@code 2025-10-21T05:30:00+02:00}, {@code 2025-10-21T05:30:00Z},
     * {@code 2025-10-21 05:30:00}, {@code 21.10.2025}, {@code 20251021} and RFC 1123
     * ({@code Tue, 21 Oct 2025 05:30:00 GMT}). Instants become dates in {@code zone}.
     *
     * @throws ReadException naming the value when it is none of these
     */
    public static LocalDate parse(String value, ZoneId zone) throws ReadException {
        String v = value.strip();
        for (DateTimeFormatter f : DATE_ONLY) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return OffsetDateTime.parse(v).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return LocalDateTime.parse(v.replace(' ', 'T')).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next
        }
        throw new ReadException("unknown date '" + (v.length() > 40 ? v.substring(0, 40) + "…" : v)
                + "': expected e.g. 2025-10-21 or 2025-10-21T05:30:00+02:00");
    }

    /** The date of an instant in {@code zone}, or null. */
    public static LocalDate of(java.util.Date d, ZoneId zone) {
        return d == null ? null : Instant.ofEpochMilli(d.getTime()).atZone(zone).toLocalDate();
    }
}
