package ai.iiagent.port.out.llm;

import ai.iiagent.domain.credits.TokenUsage;
import java.util.List;
import java.util.Objects;

/**
 * What a model turn produced: text, reasoning, the tool calls it wants run, why it stopped
 * ({@code stop}, {@code tool_calls}, {@code length}, {@code cancelled}) and the provider-normalised usage.
 */
public record LlmTurn(String text, String reasoning, List<ToolCall> toolCalls, String finishReason, TokenUsage usage) {

    public LlmTurn {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        Objects.requireNonNull(usage, "usage");
    }

    public LlmTurn(String text, String finishReason, TokenUsage usage) {
        this(text, null, List.of(), finishReason, usage);
    }

    public boolean cancelled() {
        return "cancelled".equals(finishReason);
    }
}
