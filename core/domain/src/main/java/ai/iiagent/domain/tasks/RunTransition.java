package ai.iiagent.domain.tasks;

import java.time.Instant;
import java.util.Objects;

/** One line of a run's audit log ({@code task_logs}): the status it reached, why, and when. */
public record RunTransition(RunId runId, RunStatus status, String reason, Instant at) {

    public RunTransition {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
