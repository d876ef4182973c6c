package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;
import java.util.UUID;

/** Copy {@code owner/name} (the caller's connected GitHub account, or a public repository) into the session's workspace for a run. */
public record CheckoutRepositoryCommand(Identity caller, SessionId sessionId, UUID runId, String repository) {

    public CheckoutRepositoryCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
