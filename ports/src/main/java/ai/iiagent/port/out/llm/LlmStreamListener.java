package ai.iiagent.port.out.llm;

/**
 * Receives a turn as it streams. {@link #stopRequested()} is polled between chunks: when it turns
 * true the adapter stops reading, closes the stream and returns the turn so far with finish
 * reason {@code cancelled} (and the usage so far, so what was generated is still billed).
 */
@FunctionalInterface
public interface LlmStreamListener {

    void onTextDelta(String text);

    default void onReasoningDelta(String text) {
    }

    /**
     * A fragment of a tool call's JSON arguments as the model streams them ({@code callId} and
     * {@code toolName} as far as known; providers that send whole calls never call this).
     */
    default void onToolCallDelta(String callId, String toolName, String argumentsDelta) {
    }

    default boolean stopRequested() {
        return false;
    }
}
