package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageNotFoundException;
import ai.iiagent.port.in.chat.ChatHistoryPage;
import ai.iiagent.port.in.chat.GetChatHistoryQuery;
import ai.iiagent.port.in.chat.GetChatHistoryUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.chat.GetPublicChatHistoryUseCase;
import java.util.List;

/** Reads one more than asked to learn whether older messages remain. */
public final class GetChatHistoryService implements GetChatHistoryUseCase, GetPublicChatHistoryUseCase {

    private final ChatAccess access;
    private final ChatMessageRepository messages;

    public GetChatHistoryService(GetSessionUseCase sessions, ChatMessageRepository messages) {
        this.access = new ChatAccess(sessions);
        this.messages = messages;
    }

    @Override
    public ChatHistoryPage history(GetChatHistoryQuery query) {
        access.owned(query.owner(), query.sessionId());
        return page(query.sessionId(), query.limit(), query.before());
    }

    @Override
    public ChatHistoryPage history(SessionId sessionId, int limit, ChatMessageId before) {
        if (limit < 1 || limit > GetChatHistoryQuery.MAX_LIMIT) {
            throw new ValidationException(ErrorCode.of("invalid_limit"),
                    "limit must be between 1 and " + GetChatHistoryQuery.MAX_LIMIT);
        }
        access.published(sessionId);
        return page(sessionId, limit, before);
    }

    private ChatHistoryPage page(SessionId sessionId, int limit, ChatMessageId before) {
        if (before != null && messages.find(sessionId, before).isEmpty()) {
            throw new ChatMessageNotFoundException(before);
        }
        List<ChatMessage> found = messages.page(sessionId, before, limit + 1);
        boolean more = found.size() > limit;
        List<ChatMessage> page = more ? found.subList(1, found.size()) : found;
        return new ChatHistoryPage(page, more, messages.count(sessionId));
    }
}
