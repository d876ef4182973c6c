package ai.iiagent.domain.agents;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message of a conversation: {@link Role#SYSTEM}, {@link Role#USER}, {@link Role#ASSISTANT} (text,
 * reasoning and the tool calls it made) or {@link Role#TOOL} (the {@link ToolResult} of one call, by
 * call id). Adapters map it to each provider's wire format.
 *
 * <p>{@code providerData}: what a provider attached to an assistant turn and wants back unchanged
 * on the next request of a tool loop (Anthropic's signed thinking blocks, Gemini's thought
 * signatures), by provider name; the value is opaque text only that provider's adapter reads. The
 * engine keeps it with the message (also in stored memory), so a run resumed after a restart
 * replays it.
 */
public record Message(Role role, String text, String reasoning, List<ToolCall> toolCalls, String toolCallId,
                      String toolName, boolean toolError, Map<String, String> providerData) {

    public Message {
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        providerData = providerData == null ? Map.of() : Map.copyOf(providerData);
    }

    public Message(Role role, String text, String reasoning, List<ToolCall> toolCalls, String toolCallId,
                   String toolName, boolean toolError) {
        this(role, text, reasoning, toolCalls, toolCallId, toolName, toolError, Map.of());
    }

    public Message(Role role, String text) {
        this(role, text, null, List.of(), null, null, false);
    }

    /** This message with what its provider attached to it. */
    public Message withProviderData(Map<String, String> data) {
        return new Message(role, text, reasoning, toolCalls, toolCallId, toolName, toolError, data);
    }

    public static Message system(String text) {
        return new Message(Role.SYSTEM, text);
    }

    public static Message user(String text) {
        return new Message(Role.USER, text);
    }

    public static Message assistant(String text, String reasoning, List<ToolCall> calls) {
        return new Message(Role.ASSISTANT, text, reasoning, calls, null, null, false);
    }

    public static Message toolResult(String callId, String toolName, String text, boolean error) {
        return new Message(Role.TOOL, text, null, List.of(), callId, toolName, error);
    }

    public static Message of(ToolResult result) {
        return toolResult(result.callId(), result.toolName(), result.text(), result.error());
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    /** The tool result a {@link Role#TOOL} message carries. */
    public ToolResult asToolResult() {
        if (role != Role.TOOL) {
            throw new IllegalStateException("not a tool message: " + role.code());
        }
        return new ToolResult(toolCallId, toolName, text, toolError);
    }

    public int characters() {
        int chars = role.code().length() + text.length() + (reasoning == null ? 0 : reasoning.length()) + 4;
        for (ToolCall call : toolCalls) {
            chars += call.name().length() + call.arguments().toString().length();
        }
        return chars;
    }
}
