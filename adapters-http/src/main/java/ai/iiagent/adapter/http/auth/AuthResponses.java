package ai.iiagent.adapter.http.auth;

import java.time.Instant;
import java.util.UUID;

/** Response bodies of the /auth and API key endpoints (snake_case on the wire). */
public final class AuthResponses {

    private AuthResponses() {
    }

    /** Same shape as the original system's TokenResponse. */
    public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {
    }

    /** The original's UserPublic; subscription fields stay null until billing fills them. */
    public record UserPublicResponse(UUID id, String email, String role, String firstName, String lastName,
                                     String avatar, String subscriptionStatus, String subscriptionPlan,
                                     String subscriptionBillingCycle, Instant subscriptionCurrentPeriodEnd,
                                     String language) {
    }

    public record ApiKeyResponse(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
    }

    /** Returned once, at creation: the only time {@code key} is ever shown. */
    public record CreatedApiKeyResponse(UUID id, String name, String prefix, String key, Instant createdAt) {
    }

    public record MessageResponse(String message) {
    }
}
