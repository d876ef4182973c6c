package ai.iiagent.domain.chat;

import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.SessionId;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of a chat session. A user message is finished when written; an assistant message is
 * written unfinished when its turn starts and finished with the model's text, usage and finish
 * reason when it ends ({@code cancelled} and {@code error} turns stay unfinished).
 */
public record ChatMessage(ChatMessageId id, SessionId sessionId, ChatRole role, String content, String modelId,
                          TokenUsage usage, String finishReason, boolean finished, Instant createdAt) {

    public ChatMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        content = content == null ? "" : content;
        usage = usage == null ? TokenUsage.NONE : usage;
    }

    public static ChatMessage user(SessionId sessionId, String content, String modelId, Instant now) {
        return new ChatMessage(ChatMessageId.random(), sessionId, ChatRole.USER, content, modelId, TokenUsage.NONE,
                null, true, now);
    }

    public static ChatMessage pendingAnswer(SessionId sessionId, String modelId, Instant now) {
        return new ChatMessage(ChatMessageId.random(), sessionId, ChatRole.ASSISTANT, "", modelId, TokenUsage.NONE,
                null, false, now);
    }

    /** The answer as the turn ended; only a {@code stop} or {@code length} ending counts as finished. */
    public ChatMessage answered(String text, TokenUsage used, String reason) {
        boolean done = "stop".equals(reason) || "length".equals(reason);
        return new ChatMessage(id, sessionId, role, text, modelId, used, reason, done, createdAt);
    }

    public boolean isRunningAnswer() {
        return role == ChatRole.ASSISTANT && !finished && finishReason == null;
    }
}
