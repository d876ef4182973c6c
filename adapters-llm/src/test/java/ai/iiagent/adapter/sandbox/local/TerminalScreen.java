package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.sandboxes.TerminalListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Collects what a terminal shows, for tests. */
final class TerminalScreen implements TerminalListener {

    private final StringBuffer text = new StringBuffer();
    final CompletableFuture<Integer> exit = new CompletableFuture<>();

    @Override
    public boolean output(String data) {
        text.append(data);
        return true;
    }

    @Override
    public void closed(int exitCode) {
        exit.complete(exitCode);
    }

    /** Waits (at most 20 s) until the screen shows {@code marker}; returns everything shown. */
    String await(String marker) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!text.toString().contains(marker)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + marker + "' in: " + text);
            }
            Thread.sleep(20);
        }
        return text.toString();
    }
}
