package ai.iiagent.port.in.chat;

import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Deletes every message of the caller's chat session (the session itself stays).
 *
 * @return how many messages were deleted
 * @throws SessionNotFoundException when the session is not the caller's chat session
 */
public interface ClearChatHistoryUseCase {

    int clear(DeleteChatMessagesCommand command);
}
