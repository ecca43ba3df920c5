package org.newsgraph.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable ids for articles whose input names none: a readable prefix and a hash of the text. */
public final class Ids {
    private Ids() {
    }

    /** {@code <slug of prefix>-<first 16 hex digits of SHA-256(text)>}, e.g. {@code gipfel-3fa2…}. */
    public static String derive(String prefix, String text) {
        String slug = slug(prefix);
        String hash = sha256Hex(text).substring(0, 16);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }

    /** An id for an input that could not be read: its file name as a slug (never empty). */
    public static String forSource(String name) {
        String s = slug(name);
        return s.isEmpty() ? "input" : s;
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Lower-case ASCII letters, digits and single hyphens, German umlauts spelled out, at most 48 chars. */
    public static String slug(String s) {
        if (s == null) return "";
        String t = s.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        t = t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (t.length() > 48) t = t.substring(0, 48).replaceAll("-+$", "");
        return t;
    }

    /** A file name without its extension (for id prefixes). */
    public static String stem(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String n = fileName.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
