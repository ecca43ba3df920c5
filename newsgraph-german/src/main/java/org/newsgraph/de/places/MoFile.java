package org.newsgraph.de.places;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Reads a GNU gettext {@code .mo} catalogue (e.g. iso-codes' German country names). */
public final class MoFile {
    private MoFile() {
    }

    public static Map<String, String> read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
        int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        if (magic != 0x950412de) {
            b.order(ByteOrder.BIG_ENDIAN);
            if (b.getInt(0) != 0x950412de) throw new IOException(file + ": not a gettext .mo file");
        }
        int n = b.getInt(8), orig = b.getInt(12), trans = b.getInt(16);
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String k = str(b, orig + 8 * i), v = str(b, trans + 8 * i);
            if (!k.isEmpty()) out.put(k, v);
        }
        return out;
    }

    private static String str(ByteBuffer b, int at) {
        int len = b.getInt(at), off = b.getInt(at + 4);
        return new String(b.array(), off, len, StandardCharsets.UTF_8);
    }
}
