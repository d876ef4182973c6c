package ai.iiagent.port.in.tasks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunKind;
import java.util.Objects;

/** Start a run of the given kind in a session; {@code reason} goes to the run's audit log. */
public record ClaimRunCommand(SessionId sessionId, RunKind kind, String reason) {

    public ClaimRunCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(kind, "kind");
    }
}
