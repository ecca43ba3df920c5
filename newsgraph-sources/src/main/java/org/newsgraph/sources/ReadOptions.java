package org.newsgraph.sources;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How inputs are read.
 *
 * @param defaultDate   date for articles whose input names none (null: leave unknown)
 * @param maxBytes      largest document accepted, in bytes (for JSON Lines: per line)
 * @param zone          time zone in which timestamps of feeds and ninjs become dates
 */
public record ReadOptions(LocalDate defaultDate, long maxBytes, ZoneId zone) {
    /** 20 MB: far above any news article, low enough to refuse dumps and binaries early. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    public static final ReadOptions DEFAULTS = new ReadOptions(null, DEFAULT_MAX_BYTES, DEFAULT_ZONE);

    public ReadOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        if (zone == null) zone = DEFAULT_ZONE;
    }

    public ReadOptions withDefaultDate(LocalDate d) {
        return new ReadOptions(d, maxBytes, zone);
    }

    public ReadOptions withMaxBytes(long n) {
        return new ReadOptions(defaultDate, n, zone);
    }

    /** A size in bytes for messages, e.g. {@code 50.0 MB}. */
    public static String humanSize(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
