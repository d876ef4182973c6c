package ai.iiagent.adapter.persistence.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.chat.ChatRole;
import ai.iiagent.domain.chat.ChatToolStep;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.SessionId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A {@code chat_messages} row (columns in the adapter's order) as a {@link ChatMessage}. */
final class ChatRows {

    private ChatRows() {
    }

    static ChatMessage toMessage(Object[] row, List<ChatToolStep> toolSteps) {
        TokenUsage usage = new TokenUsage(number(row[5]), number(row[6]), number(row[7]), number(row[8]), number(row[9]));
        return new ChatMessage(new ChatMessageId((UUID) row[0]), new SessionId((UUID) row[1]),
                ChatRole.fromCode((String) row[2]), (String) row[3], (String) row[4], usage, (String) row[10],
                (Boolean) row[11], instant(row[12]), toolSteps);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
