package ai.iiagent.port.out.jobs;

import java.util.Objects;
import java.util.UUID;

/** The id of one durable job, given when it is submitted. */
public record JobId(UUID value) {

    public JobId {
        Objects.requireNonNull(value, "value");
    }

    public static JobId random() {
        return new JobId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
