package ai.iiagent.domain.projects;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One phase of a deployment as it ran.
 *
 * @param finishedAt null while it runs
 * @param error      why it failed, null unless it did
 */
public record PhaseTiming(DeploymentPhase phase, Instant startedAt, Instant finishedAt, String error) {

    public PhaseTiming {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public long durationMillis() {
        return finishedAt == null ? 0 : Duration.between(startedAt, finishedAt).toMillis();
    }

    PhaseTiming finished(Instant now, String failure) {
        return new PhaseTiming(phase, startedAt, now, failure);
    }
}
