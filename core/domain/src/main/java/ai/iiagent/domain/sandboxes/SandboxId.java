package ai.iiagent.domain.sandboxes;

import java.util.Objects;
import java.util.UUID;

/** Identity of one {@link Sandbox} record (our row id, not the provider's). */
public record SandboxId(UUID value) {

    public SandboxId {
        Objects.requireNonNull(value, "value");
    }

    public static SandboxId random() {
        return new SandboxId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
