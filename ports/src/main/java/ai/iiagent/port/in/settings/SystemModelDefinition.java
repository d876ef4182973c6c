package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.ModelPricing;
import ai.iiagent.domain.shared.JsonObject;

/** One entry of the operator's model list (MODEL_CONFIGS, MODEL_CONFIGS_FILE); everything but provider and model id may be null. */
public record SystemModelDefinition(String provider, String modelId, String displayName, String baseUrl, String apiKey,
                                    JsonObject params, ModelPricing pricing, boolean isDefault) {

    @Override
    public String toString() {
        return "SystemModelDefinition[" + provider + ":" + modelId + ", key " + (apiKey == null ? "none" : "***") + "]";
    }
}
