package ai.iiagent.port.out.llm;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.domain.credits.TokenUsage;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model turn produced: text, reasoning, the tool calls it wants run, why it stopped
 * ({@code stop}, {@code tool_calls}, {@code length}, {@code cancelled}), the provider-normalised
 * usage, and what the provider wants echoed with this turn later ({@link Message#providerData()}).
 */
public record LlmTurn(String text, String reasoning, List<ToolCall> toolCalls, String finishReason, TokenUsage usage,
                      Map<String, String> providerData) {

    public LlmTurn {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        Objects.requireNonNull(usage, "usage");
        providerData = providerData == null ? Map.of() : Map.copyOf(providerData);
    }

    public LlmTurn(String text, String reasoning, List<ToolCall> toolCalls, String finishReason, TokenUsage usage) {
        this(text, reasoning, toolCalls, finishReason, usage, Map.of());
    }

    public LlmTurn withProviderData(Map<String, String> data) {
        return new LlmTurn(text, reasoning, toolCalls, finishReason, usage, data);
    }

    /** The assistant message this turn adds to the conversation, carrying its provider data. */
    public Message asMessage() {
        return Message.assistant(text, reasoning, toolCalls).withProviderData(providerData);
    }

    public LlmTurn(String text, String finishReason, TokenUsage usage) {
        this(text, null, List.of(), finishReason, usage);
    }

    public boolean cancelled() {
        return "cancelled".equals(finishReason);
    }
}
