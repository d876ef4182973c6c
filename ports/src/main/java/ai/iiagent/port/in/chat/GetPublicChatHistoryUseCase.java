package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;

/** A page of a published chat's history, for anyone (no sign-in); a private or deleted chat is "not found". */
public interface GetPublicChatHistoryUseCase {

    /** As {@link GetChatHistoryUseCase#history}, the {@code limit} (1..200) newest before {@code before}. */
    ChatHistoryPage history(SessionId sessionId, int limit, ChatMessageId before);
}
