package ai.iiagent.port.out.llm;

/**
 * Where and with which key a provider is called (a user's own model, or a system model from
 * configuration). The key never appears in {@link #toString()} (so never in logs).
 */
public record LlmEndpoint(String baseUrl, String apiKey) {

    public static final LlmEndpoint DEFAULT = new LlmEndpoint(null, null);

    @Override
    public String toString() {
        return "LlmEndpoint[" + baseUrl + ", key " + (apiKey == null || apiKey.isEmpty() ? "none" : "***") + "]";
    }
}
