package ai.iiagent.domain.settings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip's central directory, which {@code java.util.zip} does not expose fully: it carries
 * the external attributes where Unix tools record that an entry is a symbolic link.
 */
final class ZipCentralDirectory {

    record Entry(String name, long compressedSize, long size, int unixMode) {
        boolean isSymlink() {
            return (unixMode & 0xF000) == 0xA000;
        }
    }

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_LENGTH = 22;

    private ZipCentralDirectory() {
    }

    static List<Entry> read(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEnd(buffer);
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        if (count == 0xFFFF || offset == 0xFFFFFFFFL) {
            throw invalid("zip64 archives are not accepted");
        }
        List<Entry> entries = new ArrayList<>(count);
        int position = (int) offset;
        for (int i = 0; i < count; i++) {
            if (position + 46 > zip.length || buffer.getInt(position) != ENTRY_SIGNATURE) {
                throw invalid("the zip central directory is damaged");
            }
            int madeBy = Short.toUnsignedInt(buffer.getShort(position + 4)) >> 8;
            long compressed = Integer.toUnsignedLong(buffer.getInt(position + 20));
            long size = Integer.toUnsignedLong(buffer.getInt(position + 24));
            int nameLength = Short.toUnsignedInt(buffer.getShort(position + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(position + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(position + 32));
            long external = Integer.toUnsignedLong(buffer.getInt(position + 38));
            if (position + 46 + nameLength > zip.length) {
                throw invalid("the zip central directory is damaged");
            }
            String name = new String(zip, position + 46, nameLength, StandardCharsets.UTF_8);
            int unixMode = madeBy == 3 ? (int) (external >>> 16) : 0; // 3 = Unix
            entries.add(new Entry(name, compressed, size, unixMode));
            position += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static int findEnd(ByteBuffer buffer) {
        int limit = Math.max(0, buffer.capacity() - END_LENGTH - 0xFFFF);
        for (int at = buffer.capacity() - END_LENGTH; at >= limit; at--) {
            if (buffer.getInt(at) == END_SIGNATURE) {
                return at;
            }
        }
        throw invalid("not a zip archive");
    }

    private static SettingsValidationException invalid(String message) {
        return new SettingsValidationException("invalid_skill_package", message);
    }
}
