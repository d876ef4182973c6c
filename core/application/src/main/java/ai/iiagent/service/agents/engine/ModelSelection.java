package ai.iiagent.service.agents.engine;

import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.settings.ModelProvider;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.settings.ModelCredentials;
import ai.iiagent.port.in.settings.ResolveModelCredentialsQuery;
import ai.iiagent.port.in.settings.ResolveModelCredentialsUseCase;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.llm.LlmEndpoint;
import java.util.UUID;

/**
 * Which model a run uses: a model setting by its id (the user's own, BYOK: billed at 0; or a system
 * one from MODEL_CONFIGS: billed at its pricing), else a model configured by environment by its
 * model id, else the server's default.
 */
public final class ModelSelection {

    private static final int SETTING_MAX_OUTPUT = 16_384;
    private static final int SETTING_CONTEXT_WINDOW = 128_000;

    private final ModelCatalogPort catalog;
    private final ResolveModelCredentialsUseCase settings;

    public ModelSelection(ModelCatalogPort catalog, ResolveModelCredentialsUseCase settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    public ResolvedModel resolve(Identity caller, String requested) {
        UUID settingId = uuidOrNull(requested);
        if (settingId == null) {
            return catalog.resolve(caller.userId(), requested);
        }
        ModelCredentials model = settings.resolve(new ResolveModelCredentialsQuery(caller, new ModelSettingId(settingId)));
        if (model.offline()) {
            return catalog.resolve(caller.userId(), "offline-demo");
        }
        // An OpenAI-compatible endpoint speaks OpenAI's API, so it is priced and called as OpenAI.
        String provider = ModelProvider.OPENAI_COMPATIBLE.code().equals(model.provider()) ? ModelProvider.OPENAI.code()
                : model.provider();
        // A user's own model runs on their endpoint and key only (never ours), so it costs them no credits;
        // a system model is billed at its configured pricing, else the built-in table.
        ModelPrice price = model.byok() ? ModelPrice.FREE : model.pricing()
                .map(p -> new ModelPrice(p.input(), p.output(), p.cacheWrite(), p.cacheRead(), false))
                .orElseGet(() -> catalog.priceFor(provider, model.modelId()));
        LlmEndpoint endpoint = model.byok() ? LlmEndpoint.ofUser(model.baseUrl().orElse(null), model.apiKey().orElse(null))
                : new LlmEndpoint(model.baseUrl().orElse(null), model.apiKey().orElse(null));
        return new ResolvedModel(provider, model.modelId(), model.displayName(), endpoint, price, SETTING_MAX_OUTPUT,
                SETTING_CONTEXT_WINDOW, model.byok(), false, catalog.acceptsImages(provider, model.modelId()));
    }

    private static UUID uuidOrNull(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
