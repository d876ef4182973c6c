package ai.iiagent.port.in.integrations;

import java.time.Instant;

/**
 * What the caller may see of their Codex credentials: which kind is stored, never the secret.
 *
 * @param configured whether anything is stored
 * @param kind       {@code api_key} or {@code auth_json} as the domain names them, null when none
 */
public record CodexSettings(boolean configured, String kind, String model, String reasoningEffort, boolean webSearch,
                            Instant updatedAt) {
}
