package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Delete from {@code from} on (null: the whole history) in the caller's chat session. */
public record DeleteChatMessagesCommand(Identity owner, SessionId sessionId, ChatMessageId from) {

    public DeleteChatMessagesCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
