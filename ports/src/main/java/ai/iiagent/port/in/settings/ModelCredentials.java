package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.ModelPricing;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run needs to call a model setting: provider, model id, base URL, the decrypted key (never
 * in {@link #toString()}), pricing, and whether it is the user's own ({@code byok}: called only with the
 * user's endpoint and key, never the server's, and billed 0 credits).
 */
public record ModelCredentials(String provider, String modelId, String displayName, Optional<String> baseUrl,
                               Optional<String> apiKey, Optional<ModelPricing> pricing, boolean byok, boolean offline) {

    public ModelCredentials {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelId, "modelId");
        baseUrl = baseUrl == null ? Optional.empty() : baseUrl;
        apiKey = apiKey == null ? Optional.empty() : apiKey;
        pricing = pricing == null ? Optional.empty() : pricing;
    }

    @Override
    public String toString() {
        return "ModelCredentials[" + provider + ":" + modelId + ", key " + (apiKey.isPresent() ? "***" : "none")
                + ", byok " + byok + "]";
    }
}
