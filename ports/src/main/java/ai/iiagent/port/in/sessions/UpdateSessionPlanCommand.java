package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The new plan for one of the owner's sessions. */
public record UpdateSessionPlanCommand(Identity owner, SessionId sessionId, SessionPlan plan) {

    public UpdateSessionPlanCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(plan, "plan");
    }
}
