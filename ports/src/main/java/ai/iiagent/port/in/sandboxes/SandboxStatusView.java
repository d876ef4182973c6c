package ai.iiagent.port.in.sandboxes;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A session's sandbox as its owner sees it ({@code sandbox.status_changed} content).
 *
 * @param status    {@code not_created}, or the record's state: creating, running, paused, destroyed, failed
 * @param sandboxId our record's id; null when not created
 * @param provider  {@code local}, {@code docker}, {@code e2b}; null when not created
 * @param vscodeUrl an editor URL when the provider offers one, else null
 * @param expiresAt the hard expiry; null when not created
 * @param announced whether the call already published {@code sandbox.status_changed} to the session
 *                  (a state change), so a reply to the caller would repeat it
 */
public record SandboxStatusView(String status, UUID sandboxId, String provider, String vscodeUrl, Instant expiresAt,
                                boolean announced) {

    public static final String NOT_CREATED = "not_created";

    public SandboxStatusView {
        Objects.requireNonNull(status, "status");
    }

    public static SandboxStatusView notCreated() {
        return new SandboxStatusView(NOT_CREATED, null, null, null, null, false);
    }
}
