package ai.iiagent.port.out.sandbox;

import java.util.Map;
import java.util.Objects;

/**
 * What the provider says about a session's sandbox after a lifecycle call.
 *
 * @param providerSandboxId the provider's own id for it (container id, E2B sandbox id; the local
 *                          adapter uses the session id); stored so a later process can
 *                          {@link SandboxPort#connect connect} again
 * @param status            its state now
 * @param metadata          provider facts worth keeping (template, host, a {@code vscode_url});
 *                          never secrets; stored as the row's metadata
 */
public record SandboxInstance(String providerSandboxId, SandboxStatus status, Map<String, String> metadata) {

    public SandboxInstance {
        Objects.requireNonNull(providerSandboxId, "providerSandboxId");
        Objects.requireNonNull(status, "status");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        if (providerSandboxId.isBlank()) {
            throw new IllegalArgumentException("a provider sandbox id is not blank");
        }
    }
}
