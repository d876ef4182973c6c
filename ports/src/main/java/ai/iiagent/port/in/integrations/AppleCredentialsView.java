package ai.iiagent.port.in.integrations;

import java.time.Instant;

/**
 * What the caller may see of their App Store Connect key: its identifiers, never the private key.
 *
 * @param configured whether a key is stored
 */
public record AppleCredentialsView(boolean configured, String issuerId, String keyId, Instant updatedAt) {
}
