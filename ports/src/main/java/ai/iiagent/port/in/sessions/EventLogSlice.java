package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.events.SessionEvent;
import java.util.List;

/**
 * A run of stored, client-visible events in seq order, and the session's latest seq when it was
 * read ({@code latestSeq} may be beyond the last event: internal events are left out, and a slice
 * stops at its limit).
 */
public record EventLogSlice(List<SessionEvent> events, long latestSeq) {

    public EventLogSlice {
        events = List.copyOf(events);
    }
}
