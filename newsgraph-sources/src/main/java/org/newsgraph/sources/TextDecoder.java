package org.newsgraph.sources;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input into text: UTF-8 when valid (a byte-order mark is dropped), UTF-16 when
 * it has a byte-order mark, else Windows-1252 or ISO-8859-1, the encodings German text comes in
 * when it is not UTF-8. Refuses binary data. The chosen fallback is reported as a note.
 */
public final class TextDecoder {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decoded text and, when it was not UTF-8, a note such as {@code decoded as windows-1252}. */
    public record Decoded(String text, String note) {
    }

    public static Decoded decode(byte[] bytes) throws ReadException {
        return decode(bytes, 0, bytes.length, true);
    }

    /**
     * Decodes {@code bytes[from, to)}.
     *
     * @param checkMagic whether to look for signatures of binary formats at {@code from}
     */
    public static Decoded decode(byte[] bytes, int from, int to, boolean checkMagic) throws ReadException {
        int n = to - from;
        if (n >= 2 && (bytes[from] & 0xff) == 0xFE && (bytes[from + 1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, from + 2, n - 2, StandardCharsets.UTF_16BE), "decoded as UTF-16BE");
        }
        if (n >= 2 && (bytes[from] & 0xff) == 0xFF && (bytes[from + 1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, from + 2, n - 2, StandardCharsets.UTF_16LE), "decoded as UTF-16LE");
        }
        if (checkMagic) {
            String kind = binarySignature(bytes, from, to);
            if (kind != null) throw new ReadException("binary file (" + kind + "), not text");
        }
        checkNotBinary(bytes, from, to);
        if (n >= 3 && (bytes[from] & 0xff) == 0xEF && (bytes[from + 1] & 0xff) == 0xBB && (bytes[from + 2] & 0xff) == 0xBF) {
            from += 3;
        }
        String utf8 = strictUtf8(bytes, from, to);
        if (utf8 != null) return new Decoded(utf8, null);
        boolean c1 = false;
        boolean undefinedIn1252 = false;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x80 && b <= 0x9F) {
                c1 = true;
                if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) undefinedIn1252 = true;
            }
        }
        // Without bytes 0x80-0x9F both encodings give the same text; name the one the file most likely is.
        if (c1 && !undefinedIn1252) {
            return new Decoded(new String(bytes, from, to - from, WINDOWS_1252), "not valid UTF-8, decoded as windows-1252");
        }
        return new Decoded(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1), "not valid UTF-8, decoded as ISO-8859-1");
    }

    /** The text if the bytes are valid UTF-8, else null. */
    static String strictUtf8(byte[] bytes, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) { ascii = false; break; }
        }
        if (ascii) return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(bytes, from, to - from));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Refuses data with NUL bytes or many control characters: text never has them. */
    public static void checkNotBinary(byte[] bytes, int from, int to) throws ReadException {
        int controls = 0;
        int sample = Math.min(to, from + 65536);
        for (int i = from; i < to; i++) {
            int b = bytes[i];
            if (b == 0) throw new ReadException("binary data, not text (NUL byte at offset " + (i - from) + ")");
            if (i < sample && b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B && b != 0x1B) {
                controls++;
            }
        }
        int sampled = sample - from;
        if (controls > 8 && controls * 100 > sampled) {
            throw new ReadException("binary data, not text (" + controls + " control characters in the first "
                    + ReadOptions.humanSize(sampled) + ")");
        }
    }

    /** The name of a binary format whose signature starts the data, or null. */
    public static String binarySignature(byte[] b, int from, int to) {
        int n = to - from;
        if (starts(b, from, n, 0x25, 0x50, 0x44, 0x46, 0x2D)) return "PDF";
        if (starts(b, from, n, 0x89, 0x50, 0x4E, 0x47)) return "PNG image";
        if (starts(b, from, n, 0xFF, 0xD8, 0xFF)) return "JPEG image";
        if (starts(b, from, n, 0x47, 0x49, 0x46, 0x38)) return "GIF image";
        if (starts(b, from, n, 0x50, 0x4B, 0x03, 0x04)) return "ZIP archive, e.g. DOCX or ODT";
        if (starts(b, from, n, 0x1F, 0x8B)) return "gzip archive";
        if (starts(b, from, n, 0x42, 0x5A, 0x68)) return "bzip2 archive";
        if (starts(b, from, n, 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00)) return "xz archive";
        if (starts(b, from, n, 0xD0, 0xCF, 0x11, 0xE0)) return "MS Office document";
        if (starts(b, from, n, 0x7F, 0x45, 0x4C, 0x46)) return "ELF executable";
        return null;
    }

    private static boolean starts(byte[] b, int from, int n, int... sig) {
        if (n < sig.length) return false;
        for (int i = 0; i < sig.length; i++) {
            if ((b[from + i] & 0xff) != sig[i]) return false;
        }
        return true;
    }
}
