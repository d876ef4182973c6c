package ai.iiagent.port.in.chat;

import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Raises the stop flag of the session's running turn (keyed by its user message id); the turn
 * stops at its next chunk, keeps what was written as an unfinished answer and ends {@code cancelled}.
 *
 * @throws SessionNotFoundException when the session is not the caller's chat session
 */
public interface StopChatTurnUseCase {

    ChatStopResult stop(StopChatTurnCommand command);
}
