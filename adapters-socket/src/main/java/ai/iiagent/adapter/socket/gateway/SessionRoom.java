package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.Delivery;
import ai.iiagent.domain.sessions.events.SessionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The connections on this node that follow one session, and the seq of the last persisted event
 * fanned out to them. The bus is at most once and concurrent writers may publish out of seq order,
 * so a seq beyond the next one is a gap: the missing events are read from the log first. Events
 * at or below the delivered seq were already sent and are skipped.
 */
final class SessionRoom {

    private final SessionId sessionId;
    private final Set<Membership> members = new HashSet<>();
    private final EventLogReader log;
    private final Function<SessionEvent, String> envelopes;
    private long deliveredSeq;

    SessionRoom(SessionId sessionId, long latestSeq, EventLogReader log, Function<SessionEvent, String> envelopes) {
        this.sessionId = sessionId;
        this.deliveredSeq = latestSeq;
        this.log = log;
        this.envelopes = envelopes;
    }

    synchronized void admit(Membership member) {
        members.add(member);
    }

    /** @return true when the room is now empty */
    synchronized boolean remove(Membership member) {
        members.remove(member);
        return members.isEmpty();
    }

    synchronized int size() {
        return members.size();
    }

    synchronized void deliver(SessionEvent event) {
        Delivery delivery = event.name().delivery();
        if (delivery == Delivery.TRANSIENT) {
            if (event.seq() > deliveredSeq) {
                backfillThrough(event.seq());
            }
            fanOut(event);
            return;
        }
        if (event.seq() <= deliveredSeq) {
            return;
        }
        if (event.seq() > deliveredSeq + 1) {
            backfillThrough(event.seq() - 1);
        }
        deliveredSeq = event.seq();
        if (delivery == Delivery.PERSISTED) {
            fanOut(event);
        }
    }

    private void backfillThrough(long targetSeq) {
        try {
            long after = deliveredSeq;
            while (after < targetSeq) {
                List<SessionEvent> missing = log.after(sessionId, after, (int) Math.min(1000, targetSeq - after));
                if (missing.isEmpty()) {
                    break;
                }
                for (SessionEvent event : missing) {
                    if (event.seq() <= targetSeq) {
                        fanOut(event);
                    }
                }
                after = missing.get(missing.size() - 1).seq();
            }
            deliveredSeq = Math.max(deliveredSeq, targetSeq);
        } catch (RuntimeException e) {
            // Without the missing events the members would silently skip some: make them resume from the log.
            members.forEach(member -> member.connectionCloseForResync());
            members.clear();
            deliveredSeq = Math.max(deliveredSeq, targetSeq);
            throw e;
        }
    }

    private void fanOut(SessionEvent event) {
        if (members.isEmpty()) {
            return;
        }
        RoomEvent outgoing = new RoomEvent(event, envelopes.apply(event));
        members.forEach(member -> member.offerLive(outgoing));
    }

    /** Reads stored, client-visible events after a seq. */
    interface EventLogReader {
        List<SessionEvent> after(SessionId sessionId, long afterSeq, int limit);
    }
}
