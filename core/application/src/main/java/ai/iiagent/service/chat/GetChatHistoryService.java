package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageNotFoundException;
import ai.iiagent.port.in.chat.ChatHistoryPage;
import ai.iiagent.port.in.chat.GetChatHistoryQuery;
import ai.iiagent.port.in.chat.GetChatHistoryUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import java.util.List;

/** Reads one more than asked to learn whether older messages remain. */
public final class GetChatHistoryService implements GetChatHistoryUseCase {

    private final ChatAccess access;
    private final ChatMessageRepository messages;

    public GetChatHistoryService(GetSessionUseCase sessions, ChatMessageRepository messages) {
        this.access = new ChatAccess(sessions);
        this.messages = messages;
    }

    @Override
    public ChatHistoryPage history(GetChatHistoryQuery query) {
        access.owned(query.owner(), query.sessionId());
        if (query.before() != null && messages.find(query.sessionId(), query.before()).isEmpty()) {
            throw new ChatMessageNotFoundException(query.before());
        }
        List<ChatMessage> found = messages.page(query.sessionId(), query.before(), query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<ChatMessage> page = more ? found.subList(1, found.size()) : found;
        return new ChatHistoryPage(page, more, messages.count(query.sessionId()));
    }
}
