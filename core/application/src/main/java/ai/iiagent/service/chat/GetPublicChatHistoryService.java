package ai.iiagent.service.chat;

import ai.iiagent.port.in.chat.ChatHistoryPage;
import ai.iiagent.port.in.chat.GetPublicChatHistoryQuery;
import ai.iiagent.port.in.chat.GetPublicChatHistoryUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.chat.ChatFileIndex;
import ai.iiagent.port.out.chat.ChatMessageRepository;

/** A published chat's history for anyone; the same pages as the owner's. */
public final class GetPublicChatHistoryService implements GetPublicChatHistoryUseCase {

    private final ChatAccess access;
    private final ChatMessageRepository messages;
    private final ChatFileIndex files;

    public GetPublicChatHistoryService(GetSessionUseCase sessions, ChatMessageRepository messages, ChatFileIndex files) {
        this.access = new ChatAccess(sessions);
        this.messages = messages;
        this.files = files;
    }

    @Override
    public ChatHistoryPage history(GetPublicChatHistoryQuery query) {
        access.published(query.sessionId());
        return GetChatHistoryService.page(messages, files, query.sessionId(), query.limit(), query.before());
    }
}
