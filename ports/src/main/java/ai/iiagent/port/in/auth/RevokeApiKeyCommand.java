package ai.iiagent.port.in.auth;

import ai.iiagent.domain.auth.ApiKeyId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Which key, on whose behalf. */
public record RevokeApiKeyCommand(Identity owner, ApiKeyId keyId) {

    public RevokeApiKeyCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(keyId, "keyId");
    }
}
