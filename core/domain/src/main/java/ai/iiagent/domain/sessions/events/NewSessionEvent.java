package ai.iiagent.domain.sessions.events;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An event to be stored; the log assigns its seq. Only persisted and internal events may be
 * stored: a transient one (a delta) reaching the log is a bug, refused here.
 *
 * @param content JSON-compatible values only (String, Number, Boolean, null, List, Map)
 */
public record NewSessionEvent(EventId id, EventName name, SessionId sessionId, UUID runId, Instant timestamp,
                              Map<String, Object> content) {

    public NewSessionEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(timestamp, "timestamp");
        // JSON content may hold nulls, which Map.copyOf refuses.
        content = content == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(content));
        if (name.delivery() == Delivery.TRANSIENT) {
            throw new ValidationException(ErrorCode.of("transient_event_not_storable"),
                    name.wireName() + " is transient and is never stored");
        }
    }

    public static NewSessionEvent of(EventName name, SessionId sessionId, UUID runId, Instant timestamp,
                                     Map<String, Object> content) {
        return new NewSessionEvent(EventId.random(), name, sessionId, runId, timestamp, content);
    }

    /** This event stored at the given position of its session's log. */
    public SessionEvent at(long seq) {
        return new SessionEvent(id, seq, name, sessionId, runId, timestamp, content);
    }
}
