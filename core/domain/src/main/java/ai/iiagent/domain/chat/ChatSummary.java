package ai.iiagent.domain.chat;

import ai.iiagent.domain.sessions.SessionId;
import java.util.Objects;

/**
 * A summary of a long chat: the model's summary of the conversation up to and including message
 * {@code endMessageId}; later turns send it in place of those messages (reference §11.4).
 */
public record ChatSummary(SessionId sessionId, ChatMessageId endMessageId, String text) {

    public ChatSummary {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(endMessageId, "endMessageId");
        Objects.requireNonNull(text, "text");
    }
}
