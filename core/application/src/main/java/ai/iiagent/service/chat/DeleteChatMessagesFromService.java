package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatErrors;
import ai.iiagent.domain.chat.ChatMessageNotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.chat.DeleteChatMessagesCommand;
import ai.iiagent.port.in.chat.DeleteChatMessagesFromUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.chat.ChatMessageRepository;

/** Rewinds a chat session to just before one of its messages. */
public final class DeleteChatMessagesFromService implements DeleteChatMessagesFromUseCase {

    private final ChatAccess access;
    private final ChatMessageRepository messages;

    public DeleteChatMessagesFromService(GetSessionUseCase sessions, ChatMessageRepository messages) {
        this.access = new ChatAccess(sessions);
        this.messages = messages;
    }

    @Override
    public int deleteFrom(DeleteChatMessagesCommand command) {
        if (command.from() == null) {
            throw new ValidationException(ChatErrors.INVALID_MESSAGE_ID, "which message to delete from is required");
        }
        access.owned(command.owner(), command.sessionId());
        if (messages.find(command.sessionId(), command.from()).isEmpty()) {
            throw new ChatMessageNotFoundException(command.from());
        }
        return messages.deleteFrom(command.sessionId(), command.from());
    }
}
