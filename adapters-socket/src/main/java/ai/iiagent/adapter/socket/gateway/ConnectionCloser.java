package ai.iiagent.adapter.socket.gateway;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Closes connections the server gives up on: a close frame first, then, after a grace period, the
 * TCP connection itself. A peer that stopped reading never takes the close frame (it waits behind
 * everything its full buffers hold), so without the cut it would keep its socket and buffers forever.
 */
final class ConnectionCloser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConnectionCloser.class);

    private final Duration grace;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("socket-closer").factory());

    ConnectionCloser(Duration grace) {
        this.grace = grace;
    }

    void close(SocketTransport transport, int code, String reason) {
        transport.close(code, reason);
        try {
            timer.schedule(() -> abort(transport), grace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            transport.abort();
        }
    }

    private static void abort(SocketTransport transport) {
        try {
            transport.abort(); // a no-op when the peer finished the close handshake in time
        } catch (RuntimeException e) {
            LOG.debugf(e, "cutting a closed connection failed");
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
