package ai.iiagent.domain.chat;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;

/** No such message in this chat session. */
public final class ChatMessageNotFoundException extends NotFoundException {

    public ChatMessageNotFoundException(ChatMessageId id) {
        super(ErrorCode.of("chat_message_not_found"), "chat message " + id + " not found");
    }
}
