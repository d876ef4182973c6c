package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/**
 * {@code continue_run}: the user approves ({@code confirmed}) or rejects the calls a paused run waits on.
 *
 * @param modelId     the model to go on with, or null for the user's default
 * @param autoApprove run later tools that need a confirmation without asking
 */
public record ContinueRun(Identity owner, SessionId sessionId, RunId runId, boolean confirmed, String modelId,
                          boolean autoApprove) implements AgentCommand {

    public ContinueRun {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(runId, "runId");
    }
}
