package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.MilestoneStatus;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Set the status of some milestones of a session's plan (a run working on them); {@code runId} may be null. */
public record UpdateMilestoneStatusCommand(Identity owner, SessionId sessionId, List<String> milestoneIds,
                                           MilestoneStatus status, UUID runId) {

    public UpdateMilestoneStatusCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(status, "status");
        milestoneIds = List.copyOf(milestoneIds);
    }
}
