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

    /** A fragment of a tool call's arguments as the model streams them (before {@code toolCall}). */
    default void toolCallDelta(String callId, String toolName, String argumentsDelta) {
    }

    /** The model asked for a tool (before it runs). */
    default void toolCall(String callId, String toolName, Map<String, Object> input) {
    }

    /** What the tool returned (the text the model reads next). */
    default void toolResult(String callId, String toolName, String output, boolean error) {
    }

    /** Council mode: a member model starts answering (members answer side by side, before the synthesis). */
    default void councilMemberStart(String modelId, String modelName) {
    }

    /** Council mode: answer text of a member model, as it streams (from several threads: implementations serialise). */
    default void councilMemberDelta(String modelId, String delta) {
    }

    /** Council mode: a member model answered. */
    default void councilMemberComplete(String modelId, String text, TokenUsage usage) {
    }

    /** Council mode: a member model failed; the turn goes on with the others. */
    default void councilMemberError(String modelId, String code, String message) {
    }

    /** Council mode: the synthesis model starts writing the answer (the content events that follow). */
    default void councilSynthesisStart(String modelId, String modelName) {
    }

    /** A long conversation is being summarised before the answer (compaction). */
    default void summaryStarted() {
    }

    /** The summary that now stands in for the earlier messages. */
    default void summaryCompleted(String summary) {
    }

    void usage(TokenUsage usage);

    /** @param retryable false when trying again cannot help (e.g. {@code insufficient_credits}) */
    void error(String code, String message, boolean retryable);

    void complete(ChatMessageId answerId, String finishReason, long elapsedMillis);
}
