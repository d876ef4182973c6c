package ai.iiagent.port.in.auth;

import ai.iiagent.domain.auth.ApiKey;
import java.util.Objects;

/** A new key with its secret, which exists in clear only in this value. */
public record CreatedApiKey(ApiKey key, String secret) {

    public CreatedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "CreatedApiKey[" + key.id() + "]";
    }
}
