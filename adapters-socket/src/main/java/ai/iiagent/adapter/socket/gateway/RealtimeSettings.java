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
 * @param outboundQueueBytes UTF-8 bytes a connection may have waiting before it is treated as slow
 * @param closeGrace how long a connection the server closes has to finish the close handshake before its TCP connection is cut
 * @param maxMessageBytes the largest client message (and frame) accepted on both endpoints; Socket.IO's {@code maxPayload}
 */
public record RealtimeSettings(Duration pingInterval, Duration pingTimeout, Duration authTimeout,
                               int outboundQueueFrames, long outboundQueueBytes, Duration closeGrace,
                               int maxMessageBytes) {

    public RealtimeSettings {
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(pingTimeout, "pingTimeout");
        Objects.requireNonNull(authTimeout, "authTimeout");
        Objects.requireNonNull(closeGrace, "closeGrace");
        if (outboundQueueFrames < 16) {
            throw new IllegalArgumentException("the outbound queue needs at least 16 frames");
        }
        if (outboundQueueBytes < 64 * 1024) {
            throw new IllegalArgumentException("the outbound queue needs at least 64 KiB");
        }
        if (maxMessageBytes < 64 * 1024) {
            throw new IllegalArgumentException("the message limit must be at least 64 KiB");
        }
    }
}
