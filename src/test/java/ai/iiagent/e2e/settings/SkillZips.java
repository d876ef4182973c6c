package ai.iiagent.e2e.settings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds skill packages for tests, including hostile ones. */
final class SkillZips {

    private SkillZips() {
    }

    static String skillMd(String name) {
        return "---\nname: " + name + "\ndescription: A test skill called " + name + "\n---\n\n# " + name + "\n\nDo the thing.\n";
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Marks the central-directory entry named {@code name} as a Unix symbolic link (mode 0120777). */
    static byte[] withSymlink(byte[] zip, String name) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (buffer.getInt(at) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
                String entry = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
                if (entry.equals(name)) {
                    buffer.putShort(at + 4, (short) ((3 << 8) | 20));
                    buffer.putInt(at + 38, 0120777 << 16);
                    return zip;
                }
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }
}
