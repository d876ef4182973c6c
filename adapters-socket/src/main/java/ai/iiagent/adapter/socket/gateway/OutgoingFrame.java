package ai.iiagent.adapter.socket.gateway;

import java.nio.charset.StandardCharsets;

/**
 * A text frame on its way out: its text, its length in UTF-8 bytes (what the outbound queue counts)
 * and, encoded at most once, its UTF-8 bytes. A room event's frame is one such object shared by every
 * socket of an endpoint, so the bytes are encoded once per event instead of once per socket; they
 * are never modified after encoding. The encoding is lazy and racy on purpose: two threads may both
 * encode, and both get equal bytes (the field is volatile so the array is published whole).
 */
public final class OutgoingFrame {

    private final String text;
    private final long utf8Length;
    private volatile byte[] utf8;

    private OutgoingFrame(String text, long utf8Length) {
        this.text = text;
        this.utf8Length = utf8Length;
    }

    /** A frame whose UTF-8 length is counted here (one pass, no encoding). */
    public static OutgoingFrame of(String text) {
        return new OutgoingFrame(text, countUtf8Bytes(text));
    }

    public String text() {
        return text;
    }

    public long utf8Length() {
        return utf8Length;
    }

    /** The UTF-8 bytes, encoded on first use; shared, so callers must not modify them. */
    public byte[] utf8() {
        byte[] bytes = utf8;
        if (bytes == null) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            utf8 = bytes;
        }
        return bytes;
    }

    /** Bytes the text takes on the wire as UTF-8 (what the peer's buffers hold), without encoding it. */
    static long countUtf8Bytes(String text) {
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                bytes += c < 0x800 || Character.isSurrogate(c) ? 1 : 2; // a surrogate pair is 4 bytes for 2 chars
            }
        }
        return bytes;
    }
}
