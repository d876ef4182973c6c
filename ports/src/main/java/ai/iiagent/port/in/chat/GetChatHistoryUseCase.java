package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessageNotFoundException;
import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * One page of the caller's chat session history.
 *
 * @throws SessionNotFoundException when the session is not the caller's chat session
 * @throws ChatMessageNotFoundException when {@code before} is not a message of the session
 */
public interface GetChatHistoryUseCase {

    ChatHistoryPage history(GetChatHistoryQuery query);
}
