package ai.iiagent.adapter.socket.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of live connections, read from configuration in bootstrap.
 *
 * @param pingInterval how often the server pings each connection
 * @param pingTimeout how long after a missed ping answer a connection is closed
 * @param authTimeout how long a connection may stay open without authenticating
 * @param outboundQueueFrames frames a connection may have waiting before it is treated as slow
 */
public record RealtimeSettings(Duration pingInterval, Duration pingTimeout, Duration authTimeout,
                               int outboundQueueFrames) {

    public RealtimeSettings {
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(pingTimeout, "pingTimeout");
        Objects.requireNonNull(authTimeout, "authTimeout");
        if (outboundQueueFrames < 16) {
            throw new IllegalArgumentException("the outbound queue needs at least 16 frames");
        }
    }
}
