package ai.iiagent.service.chat;

import ai.iiagent.port.in.chat.ClearChatHistoryUseCase;
import ai.iiagent.port.in.chat.DeleteChatMessagesCommand;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.chat.ChatMessageRepository;

/** Empties a chat session's history; the session stays. */
public final class ClearChatHistoryService implements ClearChatHistoryUseCase {

    private final ChatAccess access;
    private final ChatMessageRepository messages;

    public ClearChatHistoryService(GetSessionUseCase sessions, ChatMessageRepository messages) {
        this.access = new ChatAccess(sessions);
        this.messages = messages;
    }

    @Override
    public int clear(DeleteChatMessagesCommand command) {
        access.owned(command.owner(), command.sessionId());
        return messages.deleteAll(command.sessionId());
    }
}
