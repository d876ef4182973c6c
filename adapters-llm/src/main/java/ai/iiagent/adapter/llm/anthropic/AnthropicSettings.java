package ai.iiagent.adapter.llm.anthropic;

import java.time.Duration;
import java.util.Objects;

/**
 * Defaults of the Anthropic Messages adapter (a request's own endpoint, e.g. a user's key and base
 * URL, wins). {@code maxAttempts} counts the first try; {@code defaultMaxTokens} is sent when a
 * request has no output cap, because Anthropic requires {@code max_tokens}; a
 * {@code thinkingBudgetTokens} of 0 turns extended thinking off.
 */
public record AnthropicSettings(String baseUrl, String apiKey, Duration connectTimeout, Duration firstByteTimeout,
                                int maxAttempts, Duration initialBackoff, Duration maxBackoff, int defaultMaxTokens,
                                int thinkingBudgetTokens) {

    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";

    public AnthropicSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(firstByteTimeout, "firstByteTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts >= 1");
        }
        if (defaultMaxTokens < 1) {
            throw new IllegalArgumentException("defaultMaxTokens >= 1");
        }
        if (thinkingBudgetTokens < 0) {
            throw new IllegalArgumentException("thinkingBudgetTokens >= 0");
        }
    }

    /** The public API with a key and everyday timeouts: 3 attempts, 32k output, no thinking. */
    public static AnthropicSettings defaults(String apiKey) {
        return new AnthropicSettings(DEFAULT_BASE_URL, apiKey, Duration.ofSeconds(10), Duration.ofSeconds(120), 3,
                Duration.ofMillis(500), Duration.ofSeconds(30), 32_000, 0);
    }

    @Override
    public String toString() {
        return "AnthropicSettings[" + baseUrl + ", key " + (apiKey == null || apiKey.isBlank() ? "none" : "***")
                + ", thinking " + thinkingBudgetTokens + "]";
    }
}
