package ai.iiagent.port.in.credits;

import java.util.Objects;
import java.util.UUID;

/** Give back every hold a run still has (the run ended without its calls ending theirs: a crash). */
public record ReleaseRunHoldsCommand(UUID runId) {

    public ReleaseRunHoldsCommand {
        Objects.requireNonNull(runId, "runId");
    }
}
