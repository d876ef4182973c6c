package ai.iiagent.domain.sandboxes;

import ai.iiagent.domain.sessions.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The durable record of one session's sandbox at a provider: which provider and provider id, its
 * state, when it was created and last used, and the hard expiry after which it is destroyed
 * whatever happens. Immutable; each transition returns the next record.
 *
 * @param providerSandboxId null until the provider has created it
 * @param metadata          provider facts (never secrets), e.g. {@code vscode_url}
 */
public record Sandbox(SandboxId id, SessionId sessionId, String provider, String providerSandboxId, SandboxState state,
                      Instant createdAt, Instant lastUsedAt, Instant expiresAt, Map<String, String> metadata) {

    /** The metadata key under which a provider keeps the sandbox's editor address. */
    public static final String VSCODE_URL = "vscode_url";

    public Sandbox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        if (provider.isBlank()) {
            throw new IllegalArgumentException("a sandbox has a provider");
        }
        if (expiresAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a sandbox cannot expire before it was created");
        }
        if (providerSandboxId == null && (state == SandboxState.RUNNING || state == SandboxState.PAUSED)) {
            throw new IllegalArgumentException("a running or paused sandbox has a provider id");
        }
    }

    /** The sandbox's editor address, if its provider gave one. */
    public String vscodeUrl() {
        return metadata.get(VSCODE_URL);
    }

    /** A new record for a sandbox about to be created; it expires {@code lifetime} after {@code now}. */
    public static Sandbox creating(SandboxId id, SessionId sessionId, String provider, Instant now, Duration lifetime) {
        return new Sandbox(id, sessionId, provider, null, SandboxState.CREATING, now, now, now.plus(lifetime), Map.of());
    }

    /** The provider created (or reattached) it under {@code providerSandboxId}. */
    public Sandbox running(String providerSandboxId, Map<String, String> providerMetadata, Instant now) {
        Objects.requireNonNull(providerSandboxId, "providerSandboxId");
        return new Sandbox(id, sessionId, provider, providerSandboxId, SandboxState.RUNNING, createdAt, now, expiresAt,
                providerMetadata == null || providerMetadata.isEmpty() ? metadata : providerMetadata);
    }

    public Sandbox paused() {
        return withState(SandboxState.PAUSED);
    }

    public Sandbox resumed(Instant now) {
        return new Sandbox(id, sessionId, provider, providerSandboxId, SandboxState.RUNNING, createdAt, now, expiresAt,
                metadata);
    }

    public Sandbox destroyed() {
        return withState(SandboxState.DESTROYED);
    }

    public Sandbox failed() {
        return withState(SandboxState.FAILED);
    }

    /** A command or file call used it now. */
    public Sandbox used(Instant now) {
        return new Sandbox(id, sessionId, provider, providerSandboxId, state, createdAt, now, expiresAt, metadata);
    }

    /** Running and unused since before {@code cutoff}. */
    public boolean isIdleSince(Instant cutoff) {
        return state == SandboxState.RUNNING && lastUsedAt.isBefore(cutoff);
    }

    /** Still active while its hard expiry has passed. */
    public boolean isExpiredAt(Instant now) {
        return state.isActive() && !now.isBefore(expiresAt);
    }

    private Sandbox withState(SandboxState next) {
        return new Sandbox(id, sessionId, provider, providerSandboxId, next, createdAt, lastUsedAt, expiresAt, metadata);
    }
}
