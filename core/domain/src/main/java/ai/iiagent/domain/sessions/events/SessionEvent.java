package ai.iiagent.domain.sessions.events;

import ai.iiagent.domain.sessions.SessionId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A stored event: the envelope of docs/protocol/events.md. {@code seq} is strictly increasing and
 * gap-free per session, so a client that saw seq n resumes exactly after it.
 */
public record SessionEvent(EventId id, long seq, EventName name, SessionId sessionId, UUID runId, Instant timestamp,
                           Map<String, Object> content) {

    public static final int ENVELOPE_VERSION = 1;

    public SessionEvent {
        content = content == null ? Map.of() : content;
    }

    public boolean isInternal() {
        return name.delivery() == Delivery.INTERNAL;
    }
}
