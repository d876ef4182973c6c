package ai.iiagent.port.out.llm;

import java.util.List;
import java.util.Objects;

/**
 * One model turn to run. {@code maxOutputTokens} is set by metering from the credit quote, so a
 * provider never writes more than the reservation can pay for.
 */
public record LlmRequest(String provider, String modelId, List<LlmMessage> messages, int maxOutputTokens) {

    public LlmRequest {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelId, "modelId");
        messages = List.copyOf(messages);
        if (maxOutputTokens < 0) {
            throw new IllegalArgumentException("maxOutputTokens >= 0");
        }
    }

    public LlmRequest withMaxOutputTokens(int cap) {
        return new LlmRequest(provider, modelId, messages, cap);
    }

    /** Characters of all messages: the chars/4 input estimate of the credit quote. */
    public long characters() {
        return messages.stream().mapToLong(message -> message.role().length() + message.text().length() + 4).sum();
    }
}
