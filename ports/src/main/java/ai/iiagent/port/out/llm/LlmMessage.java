package ai.iiagent.port.out.llm;

import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation: {@code system}, {@code user}, {@code assistant} (text, reasoning
 * and the tool calls it made) or {@code tool} (the result of one call, by call id). Adapters map
 * it to each provider's wire format.
 */
public record LlmMessage(String role, String text, String reasoning, List<ToolCall> toolCalls, String toolCallId,
                         String toolName, boolean toolError) {

    public LlmMessage {
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    public LlmMessage(String role, String text) {
        this(role, text, null, List.of(), null, null, false);
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
