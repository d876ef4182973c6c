package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The owner asks where the session's workspace is ({@code workspace_info}). */
public record ReportWorkspaceCommand(Identity owner, SessionId sessionId) {

    public ReportWorkspaceCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
