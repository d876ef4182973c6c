package ai.iiagent.domain.sessions;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link Session}. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
