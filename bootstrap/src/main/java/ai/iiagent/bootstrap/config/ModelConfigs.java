package ai.iiagent.bootstrap.config;

import ai.iiagent.domain.settings.ModelPricing;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.settings.SystemModelDefinition;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses MODEL_CONFIGS, a JSON array of {@code {model_id, provider, api_key?, base_url?, display_name?,
 * is_default?, params?, pricing?}} (reference §8.3). The original's provider names (OpenAI, Anthropic,
 * Google, Custom) are accepted; pricing takes {@code input}/{@code input_price_per_million} and so on.
 */
public final class ModelConfigs {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ModelConfigs() {
    }

    public static List<SystemModelDefinition> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Map<String, Object>> entries;
        try {
            entries = JSON.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new ValidationException("MODEL_CONFIGS is not a JSON array of objects: " + e.getOriginalMessage());
        }
        return entries.stream().map(ModelConfigs::definition).toList();
    }

    @SuppressWarnings("unchecked")
    private static SystemModelDefinition definition(Map<String, Object> entry) {
        Object params = entry.get("params") != null ? entry.get("params") : entry.get("configs");
        return new SystemModelDefinition(provider(text(entry, "provider")), text(entry, "model_id"),
                text(entry, "display_name"), text(entry, "base_url"), text(entry, "api_key"),
                params instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of(),
                entry.get("pricing") instanceof Map<?, ?> pricing ? pricing((Map<String, Object>) pricing) : null,
                Boolean.TRUE.equals(entry.get("is_default")));
    }

    private static String provider(String name) {
        String code = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return switch (code) {
            case "google" -> "gemini";
            case "custom", "openai-compatible" -> "openai_compatible";
            default -> code;
        };
    }

    private static ModelPricing pricing(Map<String, Object> json) {
        return new ModelPricing(price(json, "input"), price(json, "output"), price(json, "cache_write"),
                price(json, "cache_read"));
    }

    private static BigDecimal price(Map<String, Object> json, String name) {
        Object value = json.containsKey(name) ? json.get(name) : json.get(name + "_price_per_million");
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static String text(Map<String, Object> entry, String field) {
        Object value = entry.get(field);
        return value == null ? null : value.toString();
    }
}
