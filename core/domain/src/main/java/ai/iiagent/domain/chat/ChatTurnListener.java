package ai.iiagent.domain.chat;

import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.Session;
import java.util.Map;

/**
 * Observer of a running chat turn (the HTTP adapter writes it as server-sent events). Reports come
 * in this order: {@code sessionCreated} (new sessions only), then {@code contentStart}, deltas of
 * thinking and content (with {@code toolCall} / {@code toolResult} pairs between the model turns of
 * an answer that uses tools), {@code contentStop}, {@code usage}, {@code complete}. A failure
 * reports {@code error} instead of the rest (after {@code contentStop} when streaming had begun).
 */
public interface ChatTurnListener {

    void sessionCreated(Session session, String modelId);

    void contentStart();

    void thinkingDelta(String delta);

    void contentDelta(String delta);

    void contentStop();

    /** The model asked for a tool (before it runs). */
    default void toolCall(String callId, String toolName, Map<String, Object> input) {
    }

    /** What the tool returned (the text the model reads next). */
    default void toolResult(String callId, String toolName, String output, boolean error) {
    }

    void usage(TokenUsage usage);

    /** @param retryable false when trying again cannot help (e.g. {@code insufficient_credits}) */
    void error(String code, String message, boolean retryable);

    void complete(ChatMessageId answerId, String finishReason, long elapsedMillis);
}
