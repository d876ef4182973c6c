package ai.iiagent.port.in.chat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Stop the running turn of this chat session. */
public record StopChatTurnCommand(Identity owner, SessionId sessionId) {

    public StopChatTurnCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
