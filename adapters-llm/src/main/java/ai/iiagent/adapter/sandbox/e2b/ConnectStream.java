package ai.iiagent.adapter.sandbox.e2b;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The Connect protocol's streaming envelopes (used by E2B's envd for {@code process.Process/Start}):
 * each message is a flags byte, a 4-byte big-endian length and that many bytes of JSON; flag 0x02
 * marks the end-of-stream message, whose JSON may carry an {@code error}.
 */
final class ConnectStream {

    static final int END_STREAM = 0x02;
    private static final int MAX_MESSAGE = 16 * 1024 * 1024;

    private ConnectStream() {
    }

    /** One request message, as the body of a server-streaming call. */
    static byte[] envelope(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 5);
        out.write(0);
        out.write(json.length >>> 24);
        out.write(json.length >>> 16);
        out.write(json.length >>> 8);
        out.write(json.length);
        out.writeBytes(json);
        return out.toByteArray();
    }

    /** Reads messages until the end-of-stream one, which is returned (null if the stream just ended). */
    static String read(InputStream stream, Consumer<String> onMessage) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        while (true) {
            int flags;
            try {
                flags = in.readUnsignedByte();
            } catch (EOFException ended) {
                return null;
            }
            int length = in.readInt();
            if (length < 0 || length > MAX_MESSAGE) {
                throw new IOException("a Connect message of " + length + " bytes");
            }
            byte[] payload = in.readNBytes(length);
            String json = new String(payload, StandardCharsets.UTF_8);
            if ((flags & END_STREAM) != 0) {
                return json;
            }
            onMessage.accept(json);
        }
    }
}
