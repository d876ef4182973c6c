package ai.iiagent.adapter.sandbox.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Drains one process stream on its own thread, keeping only the first {@code limit} bytes. */
final class BoundedCapture {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;
    private final java.util.concurrent.CompletableFuture<Void> drained = new java.util.concurrent.CompletableFuture<>();
    private volatile boolean truncated;

    private BoundedCapture(InputStream in, int limit) {
        this.limit = limit;
        SandboxProcesses.readerThreads().newThread(() -> {
            drain(in);
            drained.complete(null);
        }).start();
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
        try {
            drained.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS); // parks a virtual caller (Thread.join pins one on JDK 21)
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // keep what arrived so far
        }
        synchronized (kept) {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    boolean truncated() {
        return truncated;
    }
}
