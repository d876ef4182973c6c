package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.users.Identity;
import java.time.Duration;
import java.util.Optional;

/**
 * One live connection on either endpoint: who it is (once authenticated), the session it follows
 * and its outbound queue. Everything it sends goes through that queue, so frames keep their order.
 */
public final class ClientConnection {

    private final String id;
    private final SocketTransport transport;
    private final OutboundQueue queue;
    private final ConnectionCloser closer;
    private final long openedAtNanos = System.nanoTime();
    private volatile Identity identity;
    private volatile Membership membership;
    private volatile long lastSeenNanos = openedAtNanos;
    private volatile long lastPingNanos = openedAtNanos;
    private volatile boolean closed;
    private final ConnectionTerminals terminals = new ConnectionTerminals();

    ClientConnection(String id, SocketTransport transport, int queueFrames, long queueBytes, ConnectionCloser closer) {
        this.id = id;
        this.transport = transport;
        this.closer = closer;
        this.queue = new OutboundQueue(transport, queueFrames, queueBytes, closer);
    }

    public String id() {
        return id;
    }

    public Optional<Identity> identity() {
        return Optional.ofNullable(identity);
    }

    public boolean authenticated() {
        return identity != null;
    }

    /** Sends an endpoint-specific frame (acks, handshake replies) in order with the events. */
    public void sendFrame(String frame) {
        queue.offer(frame, false);
    }

    public void close(int code, String reason) {
        closed = true;
        queue.close();
        closer.close(transport, code, reason);
    }

    /** Sends a named event ({@code pty_ready}, ...) in order with the rest. */
    void sendNamed(String event, String dataJson) {
        queue.offer(transport.namedFrame(event, dataJson), false);
    }

    /** Sends a named event, waiting up to {@code patience} for room (a producer that must slow down); false when gone. */
    boolean putNamed(String event, String dataJson, Duration patience) throws InterruptedException {
        return queue.put(transport.namedFrame(event, dataJson), patience, null);
    }

    /** The terminals this connection opened (closed when it leaves its session or goes away). */
    ConnectionTerminals terminals() {
        return terminals;
    }

    void authenticatedAs(Identity who) {
        this.identity = who;
    }

    Optional<Membership> membership() {
        return Optional.ofNullable(membership);
    }

    void membership(Membership joined) {
        this.membership = joined;
    }

    void sendEvent(String envelopeJson, boolean droppable) {
        queue.offer(transport.eventFrame(envelopeJson), droppable);
    }

    /** A session event fanned out to {@code member}; dropped from the queue if the member leaves first. */
    void sendEvent(RoomEvent event, Membership member) {
        RoomEvent.Framed framed = event.framedFor(transport);
        queue.offer(framed.frame(), event.isTransient(), member);
    }

    boolean putReplay(RoomEvent event, Duration patience, Membership member) throws InterruptedException {
        return queue.put(event.frameFor(transport), patience, member);
    }

    /** Forgets the events still queued for a membership this connection left (a new join replays them). */
    void discardQueued(Membership member) {
        queue.discard(member);
    }

    void closeForResync() {
        close(CloseCodes.RESYNC, "too far behind; reconnect with last_seq");
    }

    void seen() {
        lastSeenNanos = System.nanoTime();
    }

    boolean closed() {
        return closed;
    }

    long openedAtNanos() {
        return openedAtNanos;
    }

    long lastSeenNanos() {
        return lastSeenNanos;
    }

    long lastPingNanos() {
        return lastPingNanos;
    }

    void ping() {
        lastPingNanos = System.nanoTime();
        transport.ping();
    }

    int queuedFrames() {
        return queue.size();
    }
}
