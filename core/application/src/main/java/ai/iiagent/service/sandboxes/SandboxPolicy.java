package ai.iiagent.service.sandboxes;

import java.time.Duration;
import java.util.Objects;

/**
 * When sandboxes are paused and destroyed (docs/sandboxes.md, Lifecycle).
 *
 * @param idlePauseAfter  a running sandbox unused this long is paused by the maintenance job
 * @param maxLifetime     hard expiry: this long after creation the sandbox is destroyed, used or not
 * @param staleCreating   a record still "creating" after this long is taken as a crashed creation
 * @param batch           records each maintenance step handles per run
 */
public record SandboxPolicy(Duration idlePauseAfter, Duration maxLifetime, Duration staleCreating, int batch) {

    public SandboxPolicy {
        Objects.requireNonNull(idlePauseAfter, "idlePauseAfter");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        Objects.requireNonNull(staleCreating, "staleCreating");
        if (idlePauseAfter.isNegative() || idlePauseAfter.isZero() || maxLifetime.isNegative() || maxLifetime.isZero()
                || staleCreating.isNegative() || batch < 1) {
            throw new IllegalArgumentException("sandbox lifecycle durations are positive and the batch at least 1");
        }
    }

    /** 30 minutes idle, 12 hours at most, 5 minutes to create, 200 per step. */
    public static SandboxPolicy defaults() {
        return new SandboxPolicy(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(5), 200);
    }
}
