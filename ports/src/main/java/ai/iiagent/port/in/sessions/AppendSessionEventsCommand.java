package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;

/** Events for one session, in order. */
public record AppendSessionEventsCommand(SessionId sessionId, List<NewSessionEvent> events) {

    public AppendSessionEventsCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        events = List.copyOf(events);
        if (events.stream().anyMatch(event -> !event.sessionId().equals(sessionId))) {
            throw new ValidationException(ErrorCode.of("mixed_session_events"), "all events must belong to the session");
        }
    }
}
