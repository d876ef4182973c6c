package ai.iiagent.domain.sessions.events;

import java.util.Objects;
import java.util.UUID;

/** Identity of one event (the envelope's {@code id}). */
public record EventId(UUID value) {

    public EventId {
        Objects.requireNonNull(value, "value");
    }

    public static EventId random() {
        return new EventId(UUID.randomUUID());
    }
}
