package ai.iiagent.domain.integrations;

import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's stored Codex CLI credentials (one per user): the API key or {@code auth.json}, sealed, and
 * the CLI settings that go with it.
 */
public record CodexCredential(UUID id, UserId owner, CodingCliCredentials.Kind kind, EncryptedSecret secret, String model,
                              String reasoningEffort, boolean webSearch, Instant createdAt, Instant updatedAt) {

    public CodexCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (kind == CodingCliCredentials.Kind.OAUTH_TOKEN) {
            throw new IllegalArgumentException("Codex takes an API key or auth.json");
        }
    }
}
