package ai.iiagent.service.storybooks;

import java.util.Optional;

/** What picture a file really is, from its first bytes (PNG, JPEG, GIF, WebP), whatever it was declared as. */
final class ImageSniffer {

    private ImageSniffer() {
    }

    static Optional<String> type(byte[] content) {
        if (starts(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(content, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, 0, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(content, 0, 'R', 'I', 'F', 'F') && starts(content, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int offset, int... expected) {
        if (content.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((content[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
