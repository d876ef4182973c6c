package ai.iiagent.adapter.llm.stream;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Guards a provider stream that may go silent: every 100 ms it checks the cancel request and the
 * time since the last line, and closes the body when either says stop, so a blocked read returns
 * at once (the adapter then reports "cancelled" or a clean failure). One timer thread for all streams.
 */
public final class StreamWatchdog implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("llm-stream-watchdog").factory());

    private final InputStream body;
    private final BooleanSupplier stopRequested;
    private final long idleNanos;
    private final ScheduledFuture<?> check;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean stopped;
    private volatile boolean idle;

    private StreamWatchdog(InputStream body, BooleanSupplier stopRequested, Duration idleTimeout) {
        this.body = body;
        this.stopRequested = stopRequested;
        this.idleNanos = idleTimeout.toNanos();
        this.check = TIMER.scheduleWithFixedDelay(this::check, 100, 100, TimeUnit.MILLISECONDS);
    }

    public static StreamWatchdog watch(InputStream body, BooleanSupplier stopRequested, Duration idleTimeout) {
        return new StreamWatchdog(body, stopRequested, idleTimeout);
    }

    /** Something arrived. */
    public void touch() {
        lastActivity = System.nanoTime();
    }

    /** The stream was closed because the run asked to stop. */
    public boolean stopped() {
        return stopped;
    }

    /** The stream was closed because nothing arrived for the idle timeout. */
    public boolean wentIdle() {
        return idle;
    }

    /**
     * One read from the stream: null once the watchdog closed it for a stop (the caller returns the
     * turn so far), a clear IOException once it closed it for silence, else the read's own result.
     */
    public <T> T read(Read<T> read) throws IOException {
        try {
            return read.next();
        } catch (IOException e) {
            if (stopped) {
                return null;
            }
            if (idle) {
                throw new IOException("no data from the provider for " + Duration.ofNanos(idleNanos).toSeconds() + " s");
            }
            throw e;
        }
    }

    /** A blocking read of the next line or event. */
    @FunctionalInterface
    public interface Read<T> {
        T next() throws IOException;
    }

    @Override
    public void close() {
        check.cancel(false);
    }

    private void check() {
        if (stopped || idle) {
            return;
        }
        try {
            if (stopRequested.getAsBoolean()) {
                stopped = true;
                body.close();
            } else if (System.nanoTime() - lastActivity > idleNanos) {
                idle = true;
                body.close();
            }
        } catch (IOException | RuntimeException e) {
            // Closing a stream that is already broken: the reader sees the end either way.
        }
    }
}
