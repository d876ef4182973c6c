package ai.iiagent.domain.integrations;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The tokens a provider granted, in plaintext: only ever held in memory between the provider and the
 * cipher. {@code refreshToken}, {@code expiresAt} and {@code scope} may be null (GitHub OAuth apps
 * issue tokens that never expire and cannot be refreshed).
 */
public record ConnectorTokens(String accessToken, String refreshToken, Instant expiresAt, String scope) {

    public ConnectorTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("empty access token");
        }
    }

    /** Whether the access token expires within {@code margin} of {@code now} (never, when it has no expiry). */
    public boolean expiresWithin(Instant now, Duration margin) {
        return expiresAt != null && !expiresAt.isAfter(now.plus(margin));
    }

    public boolean refreshable() {
        return refreshToken != null && !refreshToken.isBlank();
    }

    @Override
    public String toString() {
        return "ConnectorTokens[***, refresh " + (refreshable() ? "***" : "none") + ", expires " + expiresAt + "]";
    }
}
