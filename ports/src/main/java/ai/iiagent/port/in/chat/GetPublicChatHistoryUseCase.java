package ai.iiagent.port.in.chat;

/**
 * A page of a published chat's history, for anyone (no sign-in).
 *
 * @throws ai.iiagent.domain.sessions.SessionNotFoundException when the session is not a published chat session
 * @throws ai.iiagent.domain.chat.ChatMessageNotFoundException when {@code before} is not a message of the session
 */
public interface GetPublicChatHistoryUseCase {

    ChatHistoryPage history(GetPublicChatHistoryQuery query);
}
