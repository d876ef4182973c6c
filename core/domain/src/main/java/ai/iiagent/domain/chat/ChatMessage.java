package ai.iiagent.domain.chat;

import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message of a chat session. A user message is finished when written; an assistant message is
 * written unfinished when its turn starts and finished with the model's text, usage and finish
 * reason when it ends ({@code cancelled} and {@code error} turns stay unfinished). When the model
 * used tools on the way, {@code toolSteps} holds each of those model turns (its text, its calls and
 * their results) in order; {@code content} is then the text of the final turn.
 */
public record ChatMessage(ChatMessageId id, SessionId sessionId, ChatRole role, String content, String modelId,
                          TokenUsage usage, String finishReason, boolean finished, Instant createdAt,
                          List<ChatToolStep> toolSteps) {

    public ChatMessage(ChatMessageId id, SessionId sessionId, ChatRole role, String content, String modelId,
                       TokenUsage usage, String finishReason, boolean finished, Instant createdAt) {
        this(id, sessionId, role, content, modelId, usage, finishReason, finished, createdAt, List.of());
    }

    public ChatMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        content = content == null ? "" : content;
        usage = usage == null ? TokenUsage.NONE : usage;
        toolSteps = toolSteps == null ? List.of() : List.copyOf(toolSteps);
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
        return new ChatMessage(id, sessionId, role, text, modelId, used, reason, done, createdAt, toolSteps);
    }

    /** The answer still running, with the tool steps made so far and the usage until now. */
    public ChatMessage withToolSteps(List<ChatToolStep> steps, TokenUsage usedSoFar) {
        return new ChatMessage(id, sessionId, role, content, modelId, usedSoFar, finishReason, finished, createdAt, steps);
    }

    public boolean isRunningAnswer() {
        return role == ChatRole.ASSISTANT && !finished && finishReason == null;
    }
}
