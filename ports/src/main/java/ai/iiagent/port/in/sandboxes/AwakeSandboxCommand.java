package ai.iiagent.port.in.sandboxes;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The owner wants their session's paused sandbox running again. */
public record AwakeSandboxCommand(Identity caller, SessionId sessionId) {

    public AwakeSandboxCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
