package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Objects;

/** A page of a published chat's history, read by anyone: as {@link GetChatHistoryQuery} without an owner. */
public record GetPublicChatHistoryQuery(SessionId sessionId, int limit, ChatMessageId before) {

    public GetPublicChatHistoryQuery {
        Objects.requireNonNull(sessionId, "sessionId");
        if (limit < 1 || limit > GetChatHistoryQuery.MAX_LIMIT) {
            throw new ValidationException(ErrorCode.of("invalid_limit"),
                    "limit must be between 1 and " + GetChatHistoryQuery.MAX_LIMIT);
        }
    }
}
