package ai.iiagent.adapter.llm.anthropic;

/**
 * A thinking block exactly as Claude signed it: {@code thinking} text with its {@code signature},
 * or a {@code redacted_thinking} block's encrypted {@code data}. It must go back unmodified with the
 * tool results of the same turn.
 */
record ThinkingBlock(String thinking, String signature, String redactedData) {

    boolean redacted() {
        return redactedData != null;
    }
}
