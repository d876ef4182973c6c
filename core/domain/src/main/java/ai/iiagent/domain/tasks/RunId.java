package ai.iiagent.domain.tasks;

import java.util.Objects;
import java.util.UUID;

/** Identity of a run (the events' {@code run_id}). */
public record RunId(UUID value) {

    public RunId {
        Objects.requireNonNull(value, "value");
    }

    public static RunId random() {
        return new RunId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
