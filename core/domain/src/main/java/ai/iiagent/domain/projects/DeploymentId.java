package ai.iiagent.domain.projects;

import java.util.Objects;
import java.util.UUID;

/** The id of one deployment of a project (every publish makes a new one). */
public record DeploymentId(UUID value) {

    public DeploymentId {
        Objects.requireNonNull(value, "value");
    }

    public static DeploymentId random() {
        return new DeploymentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
