package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.port.in.sessions.EventLogSlice;
import ai.iiagent.port.in.sessions.ReadDeliverableEventsQuery;
import ai.iiagent.port.in.sessions.ReadDeliverableEventsUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * This node's socket fan-out: the event bus hands every session event to {@link #deliver}, which
 * passes it to the connections that joined that session here (internal events go nowhere).
 * Joining replays the log after the client's last seq, then switches to live events with no gap
 * and no duplicate.
 */
@ApplicationScoped
public class SessionRooms {

    private static final Logger LOG = Logger.getLogger(SessionRooms.class);
    private static final int REPLAY_PAGE = ReadDeliverableEventsQuery.MAX_LIMIT;

    private final Map<SessionId, SessionRoom> rooms = new ConcurrentHashMap<>();
    private final ReadDeliverableEventsUseCase log;
    private final EventEnvelopes envelopes;

    public SessionRooms(ReadDeliverableEventsUseCase log, EventEnvelopes envelopes) {
        this.log = log;
        this.envelopes = envelopes;
    }

    /** The socket delivery subscriber of the event bus (registered at start-up). */
    public void deliver(SessionEvent event) {
        SessionRoom room = rooms.get(event.sessionId());
        if (room != null) {
            room.deliver(event);
        }
    }

    /** Puts the connection in the session's room and replays what it missed; returns once it is live. */
    void join(ClientConnection connection, SessionId sessionId, boolean owner, long lastSeq) throws InterruptedException {
        leave(connection);
        Membership member = new Membership(connection, sessionId, owner, lastSeq);
        connection.membership(member);
        rooms.compute(sessionId, (id, room) -> {
            SessionRoom joined = room != null ? room : new SessionRoom(id, read(id, 0, 0).latestSeq(), this::visibleAfter,
                    envelopes::of);
            joined.admit(member);
            return joined;
        });
        replay(member, sessionId, lastSeq);
        member.goLive();
    }

    void leave(ClientConnection connection) {
        connection.membership().ifPresent(member -> {
            connection.membership(null);
            rooms.computeIfPresent(member.sessionId(), (id, room) -> room.remove(member) ? null : room);
            connection.discardQueued(member); // a rejoin replays them after its own last_seq: never twice
        });
    }

    /** The session's latest seq in the log (internal events included). */
    long latestSeq(SessionId sessionId) {
        return read(sessionId, 0, 0).latestSeq();
    }

    /** Connections following the session on this node (for tests and metrics). */
    public int followers(SessionId sessionId) {
        SessionRoom room = rooms.get(sessionId);
        return room == null ? 0 : room.size();
    }

    private void replay(Membership member, SessionId sessionId, long lastSeq) throws InterruptedException {
        long after = lastSeq;
        while (true) {
            List<SessionEvent> page = visibleAfter(sessionId, after, REPLAY_PAGE);
            for (SessionEvent event : page) {
                if (!member.replay(new RoomEvent(event, envelopes.of(event)))) {
                    return;
                }
            }
            if (page.size() < REPLAY_PAGE) {
                return;
            }
            after = page.get(page.size() - 1).seq();
            LOG.debugf("replaying %s after seq %d", sessionId, after);
        }
    }

    private List<SessionEvent> visibleAfter(SessionId sessionId, long afterSeq, int limit) {
        return read(sessionId, afterSeq, limit).events();
    }

    private EventLogSlice read(SessionId sessionId, long afterSeq, int limit) {
        return log.read(new ReadDeliverableEventsQuery(sessionId, afterSeq, limit));
    }
}
