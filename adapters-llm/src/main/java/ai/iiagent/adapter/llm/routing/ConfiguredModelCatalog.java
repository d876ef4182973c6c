package ai.iiagent.adapter.llm.routing;

import ai.iiagent.adapter.llm.offline.OfflineScriptedLlm;
import ai.iiagent.domain.credits.PriceTable;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.agents.ModelCatalogPort;
import ai.iiagent.port.out.agents.ResolvedModel;
import ai.iiagent.port.out.llm.LlmEndpoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The models configured by environment: the offline demo model always, plus an OpenAI-compatible
 * model when {@code OPENAI_API_KEY} (or a base URL) is set. The default is the configured real
 * model; the offline one only when there is none, never silently in its place.
 */
public final class ConfiguredModelCatalog implements ModelCatalogPort {

    /** The OpenAI-compatible system model, when configured. */
    public record OpenAiModel(String modelId, String baseUrl, String apiKey, int maxOutputTokens, int contextWindow) {
        @Override
        public String toString() {
            return "OpenAiModel[" + modelId + " at " + baseUrl + "]";
        }
    }

    private final Map<String, ResolvedModel> models = new LinkedHashMap<>();
    private final String defaultId;

    public ConfiguredModelCatalog(PriceTable prices, Optional<OpenAiModel> openAi) {
        models.put(OfflineScriptedLlm.MODEL_ID, new ResolvedModel(OfflineScriptedLlm.PROVIDER, OfflineScriptedLlm.MODEL_ID,
                "Offline demo model (scripted, no network)", LlmEndpoint.DEFAULT,
                prices.priceFor(OfflineScriptedLlm.PROVIDER, OfflineScriptedLlm.MODEL_ID), 4096, 32_000, false, true));
        openAi.ifPresent(model -> models.put(model.modelId(), new ResolvedModel("openai", model.modelId(), model.modelId(),
                new LlmEndpoint(model.baseUrl(), model.apiKey()), prices.priceFor("openai", model.modelId()),
                model.maxOutputTokens(), model.contextWindow(), false, false)));
        this.defaultId = openAi.map(OpenAiModel::modelId).orElse(OfflineScriptedLlm.MODEL_ID);
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

    public String defaultModelId() {
        return defaultId;
    }
}
