package ai.iiagent.port.in.tasks;

import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunStatus;
import java.util.Objects;

/** Move a run to {@code target} (the state machine decides whether it may); {@code errorMessage} for failures. */
public record MoveRunCommand(RunId runId, RunStatus target, String reason, String errorMessage) {

    public MoveRunCommand {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(target, "target");
        reason = reason == null ? target.code() : reason;
    }
}
