package ai.iiagent.port.in.sandboxes;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The owner opens one workspace file ({@code path} relative to the workspace root). */
public record ReadSandboxFileQuery(Identity caller, SessionId sessionId, String path) {

    public ReadSandboxFileQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
