package ai.iiagent.port.out.llm;

/**
 * Where and with which key a provider is called. A {@code userOwned} endpoint (a user's own model
 * setting) never falls back to the server's configured key or base URL: a user can point a model
 * anywhere, so the operator's credentials must never follow. The key never appears in
 * {@link #toString()} (so never in logs).
 */
public record LlmEndpoint(String baseUrl, String apiKey, boolean userOwned) {

    public static final LlmEndpoint DEFAULT = new LlmEndpoint(null, null, false);

    public LlmEndpoint(String baseUrl, String apiKey) {
        this(baseUrl, apiKey, false);
    }

    public static LlmEndpoint ofUser(String baseUrl, String apiKey) {
        return new LlmEndpoint(baseUrl, apiKey, true);
    }

    /** This endpoint's base URL; else the server's (system models) or the provider's public one (users' models). */
    public String baseUrlOr(String serverDefault, String publicDefault) {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl;
        }
        return userOwned ? publicDefault : serverDefault;
    }

    /** This endpoint's key; for system models the server's key when it has none, for users' models never. */
    public String apiKeyOr(String serverKey) {
        return apiKey != null || userOwned ? apiKey : serverKey;
    }

    @Override
    public String toString() {
        return "LlmEndpoint[" + baseUrl + ", key " + (apiKey == null || apiKey.isEmpty() ? "none" : "***")
                + (userOwned ? ", user's own" : "") + "]";
    }
}
