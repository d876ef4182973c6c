package ai.iiagent.adapter.sandbox.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The one way this adapter starts and watches host processes that run sandboxed code.
 * <ul>
 *   <li>The environment is exactly the one given: the builder's copy of the server's is cleared first.
 *       bwrap stays PID 1 of the sandbox, and its {@code /proc/1/environ} is readable from inside.</li>
 *   <li>Processes are spawned from one platform thread that lives as long as the JVM: bwrap's
 *       {@code --die-with-parent} fires when the spawning THREAD ends, and a virtual thread's carrier may
 *       retire at any time.</li>
 *   <li>Blocking reads of a process's pipes run on platform threads ({@link #readerThreads}): a read
 *       blocked on a virtual thread pins its carrier, and a few idle shells would pin them all.</li>
 * </ul>
 */
public final class SandboxProcesses {

    private static final ExecutorService SPAWNER = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("sandbox-spawner").daemon().factory());
    // Small stacks: a reader only copies bytes from a pipe into a buffer.
    private static final ThreadFactory READERS = Thread.ofPlatform().name("sandbox-reader-", 0).daemon()
            .stackSize(256 * 1024).factory();

    private SandboxProcesses() {
    }

    /** Starts the builder's program with {@code environment} as its whole environment. */
    public static Process start(ProcessBuilder builder, Map<String, String> environment) throws IOException {
        builder.environment().clear();
        builder.environment().putAll(environment);
        CompletableFuture<Process> started = CompletableFuture.supplyAsync(() -> {
            try {
                return builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, SPAWNER);
        try {
            return started.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("could not start a sandbox process: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.thenAccept(orphan -> { // nobody will own it
                orphan.descendants().forEach(ProcessHandle::destroyForcibly);
                orphan.destroyForcibly();
            });
            throw new IOException("interrupted while a sandbox process started", e);
        }
    }

    /** Platform threads for loops that block reading a sandbox process's output. */
    public static ThreadFactory readerThreads() {
        return READERS;
    }
}
