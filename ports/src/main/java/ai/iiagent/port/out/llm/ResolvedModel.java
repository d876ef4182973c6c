package ai.iiagent.port.out.llm;

import ai.iiagent.domain.credits.ModelPrice;
import java.util.Objects;

/**
 * The model a run uses: provider and id, where to call it, its price, its output limit and
 * context window, whether the user pays the provider directly ({@code byok}: 0 credits) and
 * whether it is the offline scripted model (so the UI can say so).
 */
public record ResolvedModel(String provider, String modelId, String displayName, LlmEndpoint endpoint, ModelPrice price,
                            int maxOutputTokens, int contextWindow, boolean byok, boolean offline) {

    public ResolvedModel {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(price, "price");
        endpoint = endpoint == null ? LlmEndpoint.DEFAULT : endpoint;
        displayName = displayName == null ? modelId : displayName;
    }
}
