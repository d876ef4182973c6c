package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Events of one session to emit, in order. */
public record PublishSessionEventsCommand(SessionId sessionId, List<Outgoing> events) {

    public PublishSessionEventsCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        events = List.copyOf(events);
    }

    /** One event before it has an id, a seq or a timestamp. */
    public record Outgoing(EventName name, UUID runId, JsonObject content) {

        public Outgoing {
            Objects.requireNonNull(name, "name");
        }
    }
}
