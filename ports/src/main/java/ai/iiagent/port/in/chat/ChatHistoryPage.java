package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatFile;
import ai.iiagent.domain.chat.ChatMessageId;
import java.util.List;
import java.util.Map;

/**
 * Messages oldest first; {@code hasMore}: older messages exist before the first one; {@code files}: the
 * files attached to those of them that have any.
 */
public record ChatHistoryPage(List<ChatMessage> messages, boolean hasMore, long totalCount,
                              Map<ChatMessageId, List<ChatFile>> files) {

    public ChatHistoryPage {
        messages = List.copyOf(messages);
        files = files == null ? Map.of() : Map.copyOf(files);
    }

    public ChatHistoryPage(List<ChatMessage> messages, boolean hasMore, long totalCount) {
        this(messages, hasMore, totalCount, Map.of());
    }

    /** The files attached to this message (none: empty). */
    public List<ChatFile> filesOf(ChatMessageId id) {
        return files.getOrDefault(id, List.of());
    }
}
