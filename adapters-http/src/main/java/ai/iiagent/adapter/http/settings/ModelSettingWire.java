package ai.iiagent.adapter.http.settings;

import ai.iiagent.domain.settings.BaseUrl;
import ai.iiagent.domain.settings.ModelPricing;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.settings.SettingsValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Wire shapes of {@code /v1/user-settings/models}; a response says whether a key is set, never the key. */
final class ModelSettingWire {

    private ModelSettingWire() {
    }

    /** USD per million tokens. */
    record PricingWire(BigDecimal input, BigDecimal output, BigDecimal cacheWrite, BigDecimal cacheRead) {

        static PricingWire of(ModelPricing pricing) {
            return new PricingWire(pricing.input(), pricing.output(), pricing.cacheWrite(), pricing.cacheRead());
        }

        ModelPricing toDomain() {
            if (input == null || output == null) {
                throw new SettingsValidationException("invalid_model_pricing", "pricing needs input and output");
            }
            return new ModelPricing(input, output, cacheWrite, cacheRead);
        }
    }

    /** POST body, and PUT body where every field is optional. */
    record ModelSettingRequest(String provider, String modelId, String displayName, String baseUrl, String apiKey,
                               Map<String, Object> params, PricingWire pricing, Boolean isDefault, Boolean isActive) {

        @Override
        public String toString() {
            return "ModelSettingRequest[" + provider + ":" + modelId + ", key " + (apiKey == null ? "none" : "***") + "]";
        }
    }

    record ModelSettingResponse(UUID id, String modelId, String model, String provider, String displayName,
                                String baseUrl, Map<String, Object> params, PricingWire pricing, String configType,
                                String source, boolean isDefault, boolean isActive, boolean hasApiKey, boolean offline,
                                Instant createdAt, Instant updatedAt) {

        static ModelSettingResponse of(ModelSetting s) {
            String type = s.isSystem() ? "system" : "user";
            return new ModelSettingResponse(s.id().value(), s.modelId(), s.modelId(), s.provider().code(), s.displayName(),
                    s.baseUrl().map(BaseUrl::value).orElse(null), s.params(), s.pricing().map(PricingWire::of).orElse(null),
                    type, type, s.isDefault(), s.active(), s.apiKey().isPresent(), s.isOffline(), s.createdAt(), s.updatedAt());
        }
    }

    record ModelSettingsResponse(List<ModelSettingResponse> models) {
    }

    static ModelPricing pricing(PricingWire wire) {
        return wire == null ? null : wire.toDomain();
    }
}
