package ai.iiagent.adapter.socket.gateway;

import java.util.concurrent.CompletionStage;

/** The wire side of one connection: how its endpoint frames events, sends, pings and closes. */
public interface SocketTransport {

    /** The text frame that carries one event envelope (JSON) on this endpoint. */
    String eventFrame(String envelopeJson);

    /** The text frame of a named event outside the event stream ({@code pty_output} and the other terminal events). */
    String namedFrame(String event, String dataJson);

    /**
     * Starts sending a text frame without blocking; completes once the transport has taken it (this is
     * where slow clients push back: the queue sends its next frame only then), exceptionally when it failed.
     * The frame may be shared with other connections: its bytes are read, never changed.
     */
    CompletionStage<Void> send(OutgoingFrame frame);

    /** Sends the endpoint's ping (a WebSocket ping frame, or Engine.IO's "2"). */
    void ping();

    /** Closes the connection with a WebSocket close code; returns at once. */
    void close(int code, String reason);

    /** Cuts the TCP connection at once, without waiting for the close handshake; nothing when it is closed already. */
    void abort();
}
