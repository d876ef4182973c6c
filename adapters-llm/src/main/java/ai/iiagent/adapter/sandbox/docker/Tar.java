package ai.iiagent.adapter.sandbox.docker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The little of the ustar format the Docker archive endpoints need: one regular file (with its
 * parent directories) written, the first regular file of an archive read.
 */
final class Tar {

    private static final int BLOCK = 512;

    private Tar() {
    }

    /** An archive holding {@code dirs} (in order) and then one file, to extract at the workspace root. */
    static byte[] of(List<String> dirs, String file, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String dir : dirs) {
            out.writeBytes(header(dir + "/", 0, '5', 0755));
        }
        out.writeBytes(header(file, content.length, '0', 0644));
        out.writeBytes(content);
        out.writeBytes(new byte[(BLOCK - content.length % BLOCK) % BLOCK]);
        out.writeBytes(new byte[2 * BLOCK]);
        return out.toByteArray();
    }

    /** The content of the archive's first entry when it is a regular file; null when it is something else. */
    static byte[] firstFile(byte[] archive) {
        int at = 0;
        while (at + BLOCK <= archive.length) {
            if (archive[at] == 0) {
                return null;
            }
            long size = octal(archive, at + 124, 12);
            char type = (char) archive[at + 156];
            String name = text(archive, at, 100);
            at += BLOCK;
            if (type == 'x' || type == 'g' || type == 'L') { // pax / GNU long-name records precede the real entry
                at += (int) ((size + BLOCK - 1) / BLOCK * BLOCK);
                continue;
            }
            if ((type == '0' || type == 0) && !name.endsWith("/")) {
                byte[] content = new byte[(int) size];
                System.arraycopy(archive, at, content, 0, (int) Math.min(size, archive.length - at));
                return content;
            }
            return null;
        }
        return null;
    }

    private static byte[] header(String name, long size, char type, int mode) {
        byte[] header = new byte[BLOCK];
        byte[] path = name.getBytes(StandardCharsets.UTF_8);
        if (path.length > 100) {
            byte[] prefixAndName = splitLongName(name);
            System.arraycopy(prefixAndName, 0, header, 0, BLOCK);
        } else {
            System.arraycopy(path, 0, header, 0, path.length);
        }
        put(header, 100, String.format("%07o", mode));
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", size));
        put(header, 136, String.format("%011o", System.currentTimeMillis() / 1000));
        header[156] = (byte) type;
        put(header, 257, "ustar");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        header[155] = ' ';
        return header;
    }

    // ustar keeps up to 155 bytes of leading directories in the prefix field.
    private static byte[] splitLongName(String name) {
        int slash = name.lastIndexOf('/', name.length() - 2);
        while (slash > 0 && (name.length() - slash - 1 > 100 || slash > 155)) {
            slash = name.lastIndexOf('/', slash - 1);
        }
        if (slash <= 0) {
            throw new IllegalArgumentException("path too long for the archive: " + name);
        }
        byte[] block = new byte[BLOCK];
        byte[] tail = name.substring(slash + 1).getBytes(StandardCharsets.UTF_8);
        byte[] prefix = name.substring(0, slash).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(tail, 0, block, 0, tail.length);
        System.arraycopy(prefix, 0, block, 345, prefix.length);
        return block;
    }

    private static void put(byte[] header, int at, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, at, bytes.length);
    }

    private static long octal(byte[] block, int at, int length) {
        long value = 0;
        for (int i = at; i < at + length && block[i] != 0 && block[i] != ' '; i++) {
            value = value * 8 + (block[i] - '0');
        }
        return value;
    }

    private static String text(byte[] block, int at, int length) {
        int end = at;
        while (end < at + length && block[end] != 0) {
            end++;
        }
        return new String(block, at, end - at, StandardCharsets.UTF_8);
    }
}
