package ai.iiagent.adapter.llm.openai;

import java.time.Duration;
import java.util.Objects;

/**
 * Defaults of the OpenAI-compatible adapter (a request's own endpoint, e.g. a user's key and base
 * URL, wins). {@code maxAttempts} counts the first try.
 */
public record OpenAiSettings(String baseUrl, String apiKey, Duration connectTimeout, Duration firstByteTimeout,
                             int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public OpenAiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(firstByteTimeout, "firstByteTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts >= 1");
        }
    }

    @Override
    public String toString() {
        return "OpenAiSettings[" + baseUrl + ", key " + (apiKey == null || apiKey.isBlank() ? "none" : "***") + "]";
    }
}
