package ai.iiagent.port.in.chat;

import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.shared.ValidationException;

/**
 * Sends a chat message. The checks happen here, on the caller's thread, so they fail as plain
 * errors before any streaming: the session must be the caller's chat session (else it is created),
 * the model one they may use. The user message is stored; the returned turn, when streamed, runs
 * the credit gate and the model and stores its answer. No tools in this version.
 *
 * @throws SessionNotFoundException when {@code sessionId} names no chat session of the caller
 * @throws ValidationException {@code unknown_model} for a model the caller may not use
 */
public interface SendChatMessageUseCase {

    ChatTurn send(SendChatMessageCommand command);
}
