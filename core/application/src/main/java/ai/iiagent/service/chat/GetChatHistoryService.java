package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageNotFoundException;
import ai.iiagent.port.in.chat.ChatHistoryPage;
import ai.iiagent.port.in.chat.GetChatHistoryQuery;
import ai.iiagent.port.in.chat.GetChatHistoryUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.chat.ChatFileIndex;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import java.util.List;

/** Reads one more than asked to learn whether older messages remain. */
public final class GetChatHistoryService implements GetChatHistoryUseCase {

    private final ChatAccess access;
    private final ChatMessageRepository messages;
    private final ChatFileIndex files;

    public GetChatHistoryService(GetSessionUseCase sessions, ChatMessageRepository messages, ChatFileIndex files) {
        this.access = new ChatAccess(sessions);
        this.messages = messages;
        this.files = files;
    }

    @Override
    public ChatHistoryPage history(GetChatHistoryQuery query) {
        access.owned(query.owner(), query.sessionId());
        return page(messages, files, query.sessionId(), query.limit(), query.before());
    }

    /** The {@code limit} newest messages before {@code before}, oldest first; one more is read to learn whether older ones remain. */
    static ChatHistoryPage page(ChatMessageRepository messages, ChatFileIndex files, SessionId sessionId, int limit, ChatMessageId before) {
        if (before != null && messages.find(sessionId, before).isEmpty()) {
            throw new ChatMessageNotFoundException(before);
        }
        List<ChatMessage> found = messages.page(sessionId, before, limit + 1);
        boolean more = found.size() > limit;
        List<ChatMessage> page = more ? found.subList(1, found.size()) : found;
        return new ChatHistoryPage(page, more, messages.count(sessionId), files.files(sessionId));
    }
}
