package ai.iiagent.adapter.llm.gemini;

import java.time.Duration;
import java.util.Objects;

/**
 * Defaults of the Gemini adapter (a request's own endpoint, e.g. a user's key and base URL, wins).
 * {@code maxAttempts} counts the first try. {@code includeThoughts} asks for thought summaries;
 * {@code thinkingBudget} is sent as {@code thinkingConfig.thinkingBudget} when not null (Gemini's
 * own meanings: 0 off where allowed, -1 dynamic), otherwise the model decides.
 */
public record GeminiSettings(String baseUrl, String apiKey, Duration connectTimeout, Duration firstByteTimeout,
                             int maxAttempts, Duration initialBackoff, Duration maxBackoff, boolean includeThoughts,
                             Integer thinkingBudget) {

    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";

    public GeminiSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(firstByteTimeout, "firstByteTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts >= 1");
        }
    }

    /** The public API with a key and everyday timeouts: 3 attempts, thought summaries on. */
    public static GeminiSettings defaults(String apiKey) {
        return new GeminiSettings(DEFAULT_BASE_URL, apiKey, Duration.ofSeconds(10), Duration.ofSeconds(120), 3,
                Duration.ofMillis(500), Duration.ofSeconds(30), true, null);
    }

    @Override
    public String toString() {
        return "GeminiSettings[" + baseUrl + ", key " + (apiKey == null || apiKey.isBlank() ? "none" : "***")
                + ", thoughts " + includeThoughts + "]";
    }
}
