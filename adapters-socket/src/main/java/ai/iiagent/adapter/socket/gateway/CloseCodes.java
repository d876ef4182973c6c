package ai.iiagent.adapter.socket.gateway;

/** WebSocket close codes of both endpoints (docs/protocol/realtime.md). */
public final class CloseCodes {

    /** No credential in time, or a bad, expired or revoked one. */
    public static final int UNAUTHENTICATED = 4401;
    /** The peer stopped answering pings. */
    public static final int PING_TIMEOUT = 4408;
    /** The client fell too far behind; reconnect and join with {@code last_seq} to lose nothing. */
    public static final int RESYNC = 4409;
    /** The request cannot be served on this endpoint (e.g. an unsupported Engine.IO version). */
    public static final int UNSUPPORTED = 4400;

    private CloseCodes() {
    }
}
