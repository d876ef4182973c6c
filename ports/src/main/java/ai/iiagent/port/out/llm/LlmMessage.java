package ai.iiagent.port.out.llm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message of a conversation: {@code system}, {@code user}, {@code assistant} (text, reasoning
 * and the tool calls it made) or {@code tool} (the result of one call, by call id). Adapters map
 * it to each provider's wire format.
 *
 * <p>{@code providerData}: what a provider attached to an assistant turn and wants back unchanged
 * on the next request of a tool loop (Anthropic's signed thinking blocks, Gemini's thought
 * signatures), by provider name; the value is opaque text only that provider's adapter reads. The
 * runtime keeps it with the message (also in stored memory), so a run resumed after a restart
 * replays it.
 */
public record LlmMessage(String role, String text, String reasoning, List<ToolCall> toolCalls, String toolCallId,
                         String toolName, boolean toolError, Map<String, String> providerData) {

    public LlmMessage {
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        providerData = providerData == null ? Map.of() : Map.copyOf(providerData);
    }

    public LlmMessage(String role, String text, String reasoning, List<ToolCall> toolCalls, String toolCallId,
                      String toolName, boolean toolError) {
        this(role, text, reasoning, toolCalls, toolCallId, toolName, toolError, Map.of());
    }

    public LlmMessage(String role, String text) {
        this(role, text, null, List.of(), null, null, false);
    }

    /** This message with what its provider attached to it ({@link LlmTurn#providerData()}). */
    public LlmMessage withProviderData(Map<String, String> data) {
        return new LlmMessage(role, text, reasoning, toolCalls, toolCallId, toolName, toolError, data);
    }

    public static LlmMessage system(String text) {
        return new LlmMessage("system", text);
    }

    public static LlmMessage user(String text) {
        return new LlmMessage("user", text);
    }

    public static LlmMessage assistant(String text, String reasoning, List<ToolCall> calls) {
        return new LlmMessage("assistant", text, reasoning, calls, null, null, false);
    }

    public static LlmMessage toolResult(String callId, String toolName, String text, boolean error) {
        return new LlmMessage("tool", text, null, List.of(), callId, toolName, error);
    }

    public int characters() {
        int chars = role.length() + text.length() + (reasoning == null ? 0 : reasoning.length()) + 4;
        for (ToolCall call : toolCalls) {
            chars += call.name().length() + call.arguments().toString().length();
        }
        return chars;
    }
}
