package ai.iiagent.adapter.llm.openai;

import java.time.Duration;
import java.util.Objects;

/**
 * Defaults of the OpenAI-compatible adapter (a request's own endpoint, e.g. a user's key and base
 * URL, wins). {@code maxAttempts} counts the first try.
 */
public record OpenAiSettings(String baseUrl, String apiKey, Duration connectTimeout, Duration firstByteTimeout,
                             int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration idleTimeout) {

    /** OpenAI's own API, for users' OpenAI models that name no base URL. */
    public static final String PUBLIC_BASE_URL = "https://api.openai.com/v1";

    public OpenAiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(firstByteTimeout, "firstByteTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        idleTimeout = idleTimeout == null ? Duration.ofSeconds(90) : idleTimeout;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts >= 1");
        }
    }

    @Override
    public String toString() {
        return "OpenAiSettings[" + baseUrl + ", key " + (apiKey == null || apiKey.isBlank() ? "none" : "***") + "]";
    }
}
