package ai.iiagent.domain.sessions;

import java.time.Instant;
import java.util.Objects;

/** Where a forked session came from; kept with the child so the runtime can build its first prompt. */
public record ForkInfo(ForkType forkType, SessionId parentSessionId, String parentAgentType, ForkContext context,
                       Instant forkedAt, SandboxMode sandboxMode) {

    public ForkInfo {
        Objects.requireNonNull(forkType, "forkType");
        Objects.requireNonNull(parentSessionId, "parentSessionId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(forkedAt, "forkedAt");
        sandboxMode = sandboxMode == null ? SandboxMode.SHARE : sandboxMode;
    }
}
