package ai.iiagent.domain.storybooks;

import java.util.Objects;
import java.util.UUID;

/** The id of one version of a storybook (each version has its own). */
public record StorybookId(UUID value) {

    public StorybookId {
        Objects.requireNonNull(value, "value");
    }

    public static StorybookId random() {
        return new StorybookId(UUID.randomUUID());
    }
}
