package ai.iiagent.adapter.sandbox.docker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits the Docker Engine's multiplexed attach/exec stream (no TTY): frames of an 8-byte header
 * {@code [stream, 0, 0, 0, size as 4 bytes big-endian]} then {@code size} bytes, stream 1 = stdout,
 * 2 = stderr (0 = stdin echo, ignored). Each output keeps at most {@code limit} bytes.
 */
final class StreamDemux {

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final int limit;
    private boolean truncated;

    private StreamDemux(int limit) {
        this.limit = limit;
    }

    static StreamDemux of(byte[] stream, int limit) {
        StreamDemux demux = new StreamDemux(limit);
        int at = 0;
        while (at + 8 <= stream.length) {
            int kind = stream[at] & 0xff;
            int size = ((stream[at + 4] & 0xff) << 24) | ((stream[at + 5] & 0xff) << 16) | ((stream[at + 6] & 0xff) << 8)
                    | (stream[at + 7] & 0xff);
            at += 8;
            int available = Math.min(size, stream.length - at);
            if (kind == 1 || kind == 2) {
                demux.keep(kind == 1 ? demux.stdout : demux.stderr, stream, at, available);
            }
            at += available;
        }
        return demux;
    }

    private void keep(ByteArrayOutputStream into, byte[] from, int offset, int length) {
        int room = Math.max(0, limit - into.size());
        into.write(from, offset, Math.min(room, length));
        truncated |= length > room;
    }

    String stdout() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    boolean truncated() {
        return truncated;
    }
}
