package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** A page of a chat session's history: the {@code limit} (1..200) newest messages before {@code before} (null: the newest). */
public record GetChatHistoryQuery(Identity owner, SessionId sessionId, int limit, ChatMessageId before) {

    public static final int MAX_LIMIT = 200;

    public GetChatHistoryQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(ErrorCode.of("invalid_limit"), "limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
