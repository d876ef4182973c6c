package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code app.realtime.*}: live connections on {@code /ws} and {@code /socket.io/} (docs/protocol/realtime.md). */
public interface RealtimeConfig {

    /** How often the server pings each connection. */
    @WithDefault("PT25S")
    Duration pingInterval();

    /** How long past a ping interval a silent connection is kept before it is closed. */
    @WithDefault("PT20S")
    Duration pingTimeout();

    /** How long a connection may stay open before it authenticates. */
    @WithDefault("PT10S")
    Duration authTimeout();

    /** Frames a connection may have waiting before it is treated as slow. */
    @WithDefault("1024")
    int outboundQueueFrames();

    /** UTF-8 bytes a connection may have waiting before it is treated as slow. */
    @WithDefault("4194304")
    long outboundQueueBytes();

    /** How long a connection the server closed has to finish the close handshake before its TCP connection is cut. */
    @WithDefault("PT5S")
    Duration closeGrace();

    /** The largest client message (and frame) on both endpoints; also Socket.IO's advertised maxPayload. */
    @WithDefault("2097152")
    int maxMessageBytes();
}
