package ai.iiagent.adapter.socket.gateway;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Pings every connection each ping interval and closes the ones that stopped answering, or that
 * never authenticated within the auth timeout. One timer thread for all connections.
 */
final class LivenessMonitor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LivenessMonitor.class);

    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("socket-liveness").factory());
    private final long pingIntervalNanos;
    private final long deadAfterNanos;
    private final long authTimeoutNanos;

    LivenessMonitor(RealtimeSettings settings) {
        this.pingIntervalNanos = settings.pingInterval().toNanos();
        this.deadAfterNanos = settings.pingInterval().plus(settings.pingTimeout()).toNanos();
        this.authTimeoutNanos = settings.authTimeout().toNanos();
        long tick = Math.clamp(Math.min(pingIntervalNanos, authTimeoutNanos) / 4, Duration.ofMillis(50).toNanos(),
                Duration.ofSeconds(1).toNanos());
        timer.scheduleWithFixedDelay(this::check, tick, tick, TimeUnit.NANOSECONDS);
    }

    void watch(ClientConnection connection) {
        connections.add(connection);
    }

    void forget(ClientConnection connection) {
        connections.remove(connection);
    }

    int watched() {
        return connections.size();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void check() {
        long now = System.nanoTime();
        for (ClientConnection connection : connections) {
            try {
                checkOne(connection, now);
            } catch (RuntimeException e) {
                LOG.debugf(e, "liveness check failed for %s", connection.id());
            }
        }
    }

    private void checkOne(ClientConnection connection, long now) {
        if (connection.closed()) {
            connections.remove(connection);
        } else if (!connection.authenticated() && now - connection.openedAtNanos() > authTimeoutNanos) {
            connections.remove(connection);
            connection.close(CloseCodes.UNAUTHENTICATED, "authentication required");
        } else if (now - connection.lastSeenNanos() > deadAfterNanos) {
            connections.remove(connection);
            connection.close(CloseCodes.PING_TIMEOUT, "ping timeout");
        } else if (now - connection.lastPingNanos() >= pingIntervalNanos) {
            connection.ping();
        }
    }
}
