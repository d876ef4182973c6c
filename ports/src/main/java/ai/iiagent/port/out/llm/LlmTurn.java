package ai.iiagent.port.out.llm;

import ai.iiagent.domain.credits.TokenUsage;
import java.util.Objects;

/** What a model turn produced and the provider-normalised tokens it used. */
public record LlmTurn(String text, String finishReason, TokenUsage usage) {

    public LlmTurn {
        text = text == null ? "" : text;
        Objects.requireNonNull(usage, "usage");
    }
}
