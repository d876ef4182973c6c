package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.sessions.AppKind;
import java.util.Objects;

/** Owner, optional name and kind of the new session. */
public record CreateSessionCommand(Identity owner, String name, AppKind appKind, String agentType) {

    public CreateSessionCommand {
        Objects.requireNonNull(owner, "owner");
        appKind = appKind == null ? AppKind.AGENT : appKind;
    }
}
