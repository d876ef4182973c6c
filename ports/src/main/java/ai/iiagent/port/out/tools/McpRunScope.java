package ai.iiagent.port.out.tools;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** Whose run the MCP connections serve: a stdio server runs in this session's sandbox workspace. */
public record McpRunScope(UserId userId, SessionId sessionId, RunId runId) {

    public McpRunScope {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(runId, "runId");
    }
}
