package ai.iiagent.port.out.llm;

import ai.iiagent.domain.credits.ModelPrice;
import java.util.Objects;

/**
 * The model a run uses: provider and id, where to call it, its price, its output limit and
 * context window, whether the user pays the provider directly ({@code byok}: 0 credits), whether
 * it is the offline scripted model (so the UI can say so) and whether it reads images ({@code vision}).
 */
public record ResolvedModel(String provider, String modelId, String displayName, LlmEndpoint endpoint, ModelPrice price,
                            int maxOutputTokens, int contextWindow, boolean byok, boolean offline, boolean vision) {

    public ResolvedModel {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(price, "price");
        endpoint = endpoint == null ? LlmEndpoint.DEFAULT : endpoint;
        displayName = displayName == null ? modelId : displayName;
    }

    /** A model that takes text only. */
    public ResolvedModel(String provider, String modelId, String displayName, LlmEndpoint endpoint, ModelPrice price,
                         int maxOutputTokens, int contextWindow, boolean byok, boolean offline) {
        this(provider, modelId, displayName, endpoint, price, maxOutputTokens, contextWindow, byok, offline, false);
    }
}
