package ai.iiagent.port.in.chat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** A user's chat message: to the session given, or to a new chat session when {@code sessionId} is null. */
public record SendChatMessageCommand(Identity owner, String content, String modelId, SessionId sessionId) {

    public SendChatMessageCommand {
        Objects.requireNonNull(owner, "owner");
        if (content == null || content.isBlank()) {
            throw new ValidationException(ErrorCode.of("empty_content"), "content must not be empty");
        }
        modelId = modelId == null || modelId.isBlank() ? null : modelId;
    }
}
