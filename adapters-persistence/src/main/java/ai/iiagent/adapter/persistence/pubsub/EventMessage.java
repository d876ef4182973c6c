package ai.iiagent.adapter.persistence.pubsub;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The JSON form of a {@link SessionEvent} between nodes. */
record EventMessage(UUID id, long seq, String name, UUID sessionId, UUID runId, Instant timestamp,
                    Map<String, Object> content) {

    static EventMessage of(SessionEvent event) {
        return new EventMessage(event.id().value(), event.seq(), event.name().wireName(), event.sessionId().value(),
                event.runId(), event.timestamp(), event.content());
    }

    SessionEvent toEvent() {
        return new SessionEvent(new EventId(id), seq, EventName.fromWireName(name), new SessionId(sessionId), runId,
                timestamp, content);
    }
}
