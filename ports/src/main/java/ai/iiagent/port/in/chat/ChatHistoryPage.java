package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessage;
import java.util.List;

/** Messages oldest first; {@code hasMore}: older messages exist before the first one. */
public record ChatHistoryPage(List<ChatMessage> messages, boolean hasMore, long totalCount) {

    public ChatHistoryPage {
        messages = List.copyOf(messages);
    }
}
