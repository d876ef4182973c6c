package ai.iiagent.port.out.tools;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/**
 * Whose run the MCP connections serve: a stdio server runs in this session's sandbox, created first
 * if needed and paid for by {@code reservation} (held by metering for the opening; null when no
 * sandbox may be created, e.g. in adapter tests).
 */
public record McpRunScope(UserId userId, SessionId sessionId, RunId runId, CreditReservation reservation) {

    public McpRunScope {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(runId, "runId");
    }
}
