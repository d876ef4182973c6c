package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessageNotFoundException;
import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Deletes a message and everything written after it (to rewrite the conversation from there).
 *
 * @return how many messages were deleted
 * @throws SessionNotFoundException when the session is not the caller's chat session
 * @throws ChatMessageNotFoundException when {@code from} is not a message of the session
 */
public interface DeleteChatMessagesFromUseCase {

    int deleteFrom(DeleteChatMessagesCommand command);
}
