package ai.iiagent.domain.auth;

import java.util.Objects;
import java.util.UUID;

/** Identity of an {@link ApiKey}. */
public record ApiKeyId(UUID value) {

    public ApiKeyId {
        Objects.requireNonNull(value, "value");
    }

    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID());
    }
}
