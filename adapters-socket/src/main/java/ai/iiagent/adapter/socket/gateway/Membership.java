package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.SessionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection's place in a session room. It starts catching up: live events are held back while
 * the log is replayed after the client's last seq, then the held events are released, skipping
 * any seq already sent. Persisted events therefore reach the client once each, in seq order.
 */
final class Membership {

    /** Live events held during a replay before the connection is treated as too slow. */
    static final int MAX_HELD = 10_000;
    private static final Duration REPLAY_PATIENCE = Duration.ofSeconds(30);

    private final ClientConnection connection;
    private final SessionId sessionId;
    private final boolean owner;
    private volatile long deliveredSeq;
    private List<RoomEvent> held = new ArrayList<>(); // null once live; guarded by this

    Membership(ClientConnection connection, SessionId sessionId, boolean owner, long lastSeq) {
        this.connection = connection;
        this.sessionId = sessionId;
        this.owner = owner;
        this.deliveredSeq = lastSeq;
    }

    SessionId sessionId() {
        return sessionId;
    }

    boolean owner() {
        return owner;
    }

    long deliveredSeq() {
        return deliveredSeq;
    }

    /** From the room, under its lock: never blocks. */
    synchronized void offerLive(RoomEvent event) {
        if (held == null) {
            send(event);
        } else if (held.size() < MAX_HELD) {
            held.add(event);
        } else {
            held = List.of();
            connection.closeForResync();
        }
    }

    /** From the replaying thread only, before {@link #goLive()}: waits for room in the queue. */
    boolean replay(RoomEvent event) throws InterruptedException {
        if (event.event().seq() <= deliveredSeq) {
            return true;
        }
        deliveredSeq = event.event().seq();
        return connection.putReplay(event, REPLAY_PATIENCE, this);
    }

    void connectionCloseForResync() {
        connection.closeForResync();
    }

    synchronized void goLive() {
        List<RoomEvent> release = held;
        held = null;
        release.forEach(this::send);
    }

    private void send(RoomEvent event) {
        if (!event.isTransient()) {
            long seq = event.event().seq();
            if (seq <= deliveredSeq) {
                return;
            }
            deliveredSeq = seq;
        }
        connection.sendEvent(event, this);
    }
}
