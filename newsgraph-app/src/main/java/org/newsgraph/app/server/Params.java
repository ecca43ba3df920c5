package org.newsgraph.app.server;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.index.ArticleIndex;
import org.newsgraph.index.BadQueryException;
import org.newsgraph.index.SearchQuery;
import org.newsgraph.model.EntityType;

/** Parsing and validation of request parameters; every failure is a {@link BadQueryException} (400). */
public final class Params {
    public static final int DEFAULT_LIMIT = 20;
    static final int MAX_PARAM_LENGTH = 1000;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern CURSOR = Pattern.compile("o(\\d{1,6})");

    private Params() {
    }

    /** A free-text parameter: null if absent or blank, refused if absurdly long. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) return null;
        if (value.length() > MAX_PARAM_LENGTH) throw new BadQueryException(name + ": longer than " + MAX_PARAM_LENGTH + " characters");
        return value.strip();
    }

    /** {@code limit}: default 20, capped at 100. */
    public static int limit(String value) {
        if (value == null || value.isBlank()) return DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1) throw new BadQueryException("limit must be at least 1");
            return Math.min(n, ArticleIndex.MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw new BadQueryException("limit must be a number");
        }
    }

    /** The offset an opaque cursor stands for (0 without cursor). */
    public static int cursor(String value) {
        if (value == null || value.isBlank()) return 0;
        try {
            String s = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            var m = CURSOR.matcher(s);
            if (m.matches()) {
                int offset = Integer.parseInt(m.group(1));
                if (offset <= ArticleIndex.MAX_OFFSET) return offset;
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw new BadQueryException("invalid cursor");
    }

    /** The cursor of the page starting at {@code offset}, or null. */
    public static String cursorFor(Integer offset) {
        return offset == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadQueryException(name + ": expected a date YYYY-MM-DD, got '" + shorten(value) + "'");
        }
    }

    public static EntityType type(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return EntityType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("type must be one of PER, ORG, LOC, OTH");
        }
    }

    public static String month(String value) {
        if (value == null || value.isBlank()) return null;
        if (!MONTH.matcher(value.strip()).matches()) throw new BadQueryException("month: expected YYYY-MM");
        return value.strip();
    }

    /** {@code LAT,LON,KM}. */
    public static SearchQuery.Circle circle(String name, String value) {
        if (value == null || value.isBlank()) return null;
        double[] v = numbers(name, value, 3, "LAT,LON,KM");
        return new SearchQuery.Circle(v[0], v[1], v[2]);
    }

    /** {@code minLat,minLon,maxLat,maxLon}. */
    public static SearchQuery.Box box(String name, String value) {
        if (value == null || value.isBlank()) return null;
        double[] v = numbers(name, value, 4, "minLat,minLon,maxLat,maxLon");
        return new SearchQuery.Box(v[0], v[1], v[2], v[3]);
    }

    private static double[] numbers(String name, String value, int n, String shape) {
        String[] parts = value.split(",");
        if (parts.length != n) throw new BadQueryException(name + ": expected " + shape);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new BadQueryException(name + ": expected " + shape);
            }
            if (!Double.isFinite(out[i])) throw new BadQueryException(name + ": expected " + shape);
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
