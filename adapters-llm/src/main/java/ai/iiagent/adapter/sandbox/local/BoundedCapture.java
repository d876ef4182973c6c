package ai.iiagent.adapter.sandbox.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Drains one process stream on its own thread, keeping only the first {@code limit} bytes. */
final class BoundedCapture {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;
    private final Thread reader;
    private volatile boolean truncated;

    private BoundedCapture(InputStream in, int limit) {
        this.limit = limit;
        this.reader = SandboxProcesses.readerThreads().newThread(() -> drain(in));
        reader.start();
    }

    static BoundedCapture start(InputStream in, int limit) {
        return new BoundedCapture(in, limit);
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (kept) {
                    int room = limit - kept.size();
                    kept.write(buffer, 0, Math.max(0, Math.min(room, n)));
                    truncated |= n > room;
                }
            }
        } catch (IOException e) {
            // the stream closes when the process tree is killed; what was read so far is kept
        }
    }

    /** Waits (bounded) for the stream to end and returns what was kept. */
    String await(long millis) throws InterruptedException {
        reader.join(millis);
        synchronized (kept) {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    boolean truncated() {
        return truncated;
    }
}
