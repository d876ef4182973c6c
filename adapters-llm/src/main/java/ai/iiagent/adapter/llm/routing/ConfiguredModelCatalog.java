package ai.iiagent.adapter.llm.routing;

import ai.iiagent.adapter.llm.offline.OfflineScriptedLlm;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.PriceTable;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.llm.LlmEndpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models configured by environment: the offline demo model always, plus one model per
 * provider whose key is set (OpenAI-compatible, Anthropic, Gemini). The default is the configured
 * default, else the first real model; the offline one only when there is none — never silently in
 * place of a configured model.
 */
public final class ConfiguredModelCatalog implements ModelCatalogPort {

    /** A model a provider key enables. */
    public record SystemModel(String provider, String modelId, String baseUrl, String apiKey, int maxOutputTokens,
                              int contextWindow) {
        @Override
        public String toString() {
            return "SystemModel[" + provider + ":" + modelId + " at " + baseUrl + "]";
        }
    }

    private final Map<String, ResolvedModel> models = new LinkedHashMap<>();
    private final PriceTable prices;
    private final String defaultId;

    public ConfiguredModelCatalog(PriceTable prices, List<SystemModel> configured, Optional<String> preferredDefault,
                                  int offlineContextWindow) {
        this.prices = prices;
        models.put(OfflineScriptedLlm.MODEL_ID, new ResolvedModel(OfflineScriptedLlm.PROVIDER, OfflineScriptedLlm.MODEL_ID,
                "Offline demo model (scripted, no network)", LlmEndpoint.DEFAULT,
                prices.priceFor(OfflineScriptedLlm.PROVIDER, OfflineScriptedLlm.MODEL_ID), 4096, offlineContextWindow,
                false, true));
        for (SystemModel model : configured) {
            models.put(model.modelId(), new ResolvedModel(model.provider(), model.modelId(), model.modelId(),
                    new LlmEndpoint(model.baseUrl(), model.apiKey()), prices.priceFor(model.provider(), model.modelId()),
                    model.maxOutputTokens(), model.contextWindow(), false, false,
                    VisionModels.acceptImages(model.provider(), model.modelId())));
        }
        String fallback = configured.isEmpty() ? OfflineScriptedLlm.MODEL_ID : configured.get(0).modelId();
        this.defaultId = preferredDefault.filter(models::containsKey).orElse(fallback);
        preferredDefault.filter(id -> !models.containsKey(id)).ifPresent(id -> {
            throw new IllegalStateException("APP_DEFAULT_MODEL names '" + id + "', which is not configured; have: "
                    + String.join(", ", models.keySet()));
        });
    }

    @Override
    public ResolvedModel resolve(UserId userId, String requestedModelId) {
        String id = requestedModelId == null || requestedModelId.isBlank() ? defaultId : requestedModelId.strip();
        ResolvedModel model = models.get(id);
        if (model == null) {
            throw new ValidationException(ErrorCode.of("unknown_model"), "no model '" + id + "' on this server; available: "
                    + String.join(", ", models.keySet()));
        }
        return model;
    }

    @Override
    public ModelPrice priceFor(String provider, String modelId) {
        return prices.priceFor(provider, modelId);
    }

    @Override
    public boolean acceptsImages(String provider, String modelId) {
        return VisionModels.acceptImages(provider, modelId);
    }

    public String defaultModelId() {
        return defaultId;
    }
}
