package ai.iiagent.domain.integrations;

import java.util.Objects;

/**
 * What one run of a coding CLI authenticates with, opened from its sealed form just before the run
 * and handed to that process only. {@link #toString()} never shows the secret.
 *
 * @param kind            what the secret is
 * @param secret          the API key, the Codex {@code auth.json} document or the OAuth access token
 * @param model           the model the CLI should use, or null for its own default
 * @param reasoningEffort Codex's {@code model_reasoning_effort}, or null
 * @param webSearch       whether Codex may search the web
 */
public record CodingCliCredentials(Kind kind, String secret, String model, String reasoningEffort, boolean webSearch) {

    /** The forms of credentials the CLIs accept. */
    public enum Kind {
        /** An OpenAI or Anthropic API key. */
        API_KEY,
        /** Codex's own {@code auth.json} (a ChatGPT sign-in), written where only that process reads it. */
        AUTH_JSON,
        /** An Anthropic OAuth access token (Claude Code's sign-in with a Claude account). */
        OAUTH_TOKEN
    }

    public CodingCliCredentials {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "CodingCliCredentials[" + kind + ", ***, model " + model + "]";
    }
}
