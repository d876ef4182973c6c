package ai.iiagent.domain.chat;

import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.Session;

/**
 * Observer of a running chat turn (the HTTP adapter writes it as server-sent events). Reports come
 * in this order: {@code sessionCreated} (new sessions only), then {@code contentStart}, deltas of thinking and content, {@code contentStop}, {@code usage},
 * {@code complete}. A failure reports {@code error} instead of the rest (after {@code contentStop}
 * when streaming had begun).
 */
public interface ChatTurnListener {

    void sessionCreated(Session session, String modelId);

    void contentStart();

    void thinkingDelta(String delta);

    void contentDelta(String delta);

    void contentStop();

    void usage(TokenUsage usage);

    /** @param retryable false when trying again cannot help (e.g. {@code insufficient_credits}) */
    void error(String code, String message, boolean retryable);

    void complete(ChatMessageId answerId, String finishReason, long elapsedMillis);
}
