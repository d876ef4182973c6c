package ai.iiagent.bootstrap.config;

import ai.iiagent.domain.settings.ModelPricing;
import ai.iiagent.domain.settings.ModelProvider;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.settings.SystemModelDefinition;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operator's system models (reference §8.3): {@code MODEL_CONFIGS}, a JSON array, and
 * {@code MODEL_CONFIGS_FILE}, a YAML file. Each entry is {@code {model_id, provider, api_key?,
 * base_url?, display_name?, is_default?, params?, pricing?}}. The YAML file holds either such a
 * list, or a map of name to entry as in the original's {@code model_configs.example.yaml}
 * ({@code model}, {@code api_type}, {@code application_model_name}; the entry named
 * {@code default} is the default; other fields such as {@code temperature} become params). The
 * original's provider names (OpenAI, Anthropic, Google, Custom) and pricing field names
 * ({@code input_price_per_million}, ...) are accepted. Anything wrong is a
 * {@link ValidationException} naming the source, the entry and, for YAML, line and column.
 */
public final class ModelConfigs {

    static final ErrorCode INVALID = ErrorCode.of("invalid_model_configs");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectMapper YAML = new YAMLMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> ENTRY_FIELDS = Set.of("model_id", "model", "provider", "api_type", "api_key",
            "base_url", "display_name", "application_model_name", "is_default", "params", "configs", "pricing");

    private ModelConfigs() {
    }

    /** {@code MODEL_CONFIGS}: a JSON array (blank: none). */
    public static List<SystemModelDefinition> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return entries("MODEL_CONFIGS", read(JSON, json, "MODEL_CONFIGS"), false);
    }

    /** {@code MODEL_CONFIGS_FILE}: a YAML file; missing, unreadable or malformed is an error. */
    public static List<SystemModelDefinition> parseFile(Path file) {
        String source = "MODEL_CONFIGS_FILE " + file;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ValidationException(INVALID, source + " cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        return parseYaml(text, source);
    }

    static List<SystemModelDefinition> parseYaml(String yaml, String source) {
        JsonNode root = read(YAML, yaml, source);
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ValidationException(INVALID, source + " lists no models");
        }
        return entries(source, root, true);
    }

    /** Both sources together; a model listed twice (same provider and model id) is an error. */
    public static List<SystemModelDefinition> combine(List<SystemModelDefinition> fromJson,
                                                      List<SystemModelDefinition> fromFile) {
        List<SystemModelDefinition> all = new ArrayList<>(fromJson);
        all.addAll(fromFile);
        Set<String> seen = new HashSet<>();
        for (SystemModelDefinition model : all) {
            if (!seen.add(key(model))) {
                throw new ValidationException(INVALID, "system model " + model.provider() + " " + model.modelId()
                        + " is listed twice (MODEL_CONFIGS and MODEL_CONFIGS_FILE together)");
            }
        }
        return List.copyOf(all);
    }

    private static JsonNode read(ObjectMapper mapper, String text, String source) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ValidationException(INVALID, source + " is not valid " + (mapper == YAML ? "YAML" : "JSON")
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": "
                    + e.getOriginalMessage());
        }
    }

    private static List<SystemModelDefinition> entries(String source, JsonNode root, boolean namedAllowed) {
        List<SystemModelDefinition> definitions = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                definitions.add(definition(source, "entry " + (i + 1), root.get(i), null));
            }
        } else if (root.isObject() && namedAllowed) {
            // Named entries may repeat a model under another name ("default" and "openai/gpt-4o"): one row, default if either is.
            Map<String, SystemModelDefinition> byModel = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                SystemModelDefinition model = definition(source, "entry '" + field.getKey() + "'", field.getValue(),
                        field.getKey());
                byModel.merge(key(model), model, (first, again) -> first.isDefault() || !again.isDefault() ? first
                        : asDefault(first));
            }
            definitions.addAll(byModel.values());
        } else {
            throw new ValidationException(INVALID, source + " must be " + (namedAllowed
                    ? "a list of models or a map of name to model" : "a JSON array of objects"));
        }
        return combine(definitions, List.of());
    }

    @SuppressWarnings("unchecked")
    private static SystemModelDefinition definition(String source, String where, JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            throw new ValidationException(INVALID, source + ", " + where + ": not a map of fields");
        }
        Map<String, Object> entry = JSON.convertValue(node, Map.class);
        String modelId = firstText(entry, "model_id", "model");
        String providerName = firstText(entry, "provider", "api_type");
        if (modelId == null || modelId.isBlank() || providerName == null || providerName.isBlank()) {
            throw new ValidationException(INVALID, source + ", " + where + ": needs model_id (or model) and provider"
                    + " (or api_type)");
        }
        String provider = provider(providerName);
        try {
            ModelProvider.parseUserSelectable(provider);
        } catch (DomainException e) {
            throw new ValidationException(INVALID, source + ", " + where + ": unknown provider '" + providerName + "'");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Object given = entry.get("params") != null ? entry.get("params") : entry.get("configs");
        if (given instanceof Map<?, ?> map) {
            params.putAll((Map<String, Object>) map);
        }
        if (name != null) { // the example file's per-model knobs (temperature, thinking_tokens, ...)
            entry.forEach((field, value) -> {
                if (!ENTRY_FIELDS.contains(field)) {
                    params.put(field, value);
                }
            });
        }
        ModelPricing pricing;
        try {
            pricing = entry.get("pricing") instanceof Map<?, ?> prices ? pricing((Map<String, Object>) prices) : null;
        } catch (RuntimeException e) {
            throw new ValidationException(INVALID, source + ", " + where + ": bad pricing: " + e.getMessage());
        }
        boolean isDefault = Boolean.TRUE.equals(entry.get("is_default"))
                || "default".equals(name) && !Boolean.FALSE.equals(entry.get("is_default"));
        return new SystemModelDefinition(provider, modelId, firstText(entry, "display_name", "application_model_name"),
                text(entry, "base_url"), text(entry, "api_key"), JsonObject.of(params), pricing, isDefault);
    }

    private static String key(SystemModelDefinition model) {
        return model.provider() + ":" + model.modelId();
    }

    private static SystemModelDefinition asDefault(SystemModelDefinition model) {
        return new SystemModelDefinition(model.provider(), model.modelId(), model.displayName(), model.baseUrl(),
                model.apiKey(), model.params(), model.pricing(), true);
    }

    private static String provider(String name) {
        String code = name.toLowerCase(Locale.ROOT);
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

    private static String firstText(Map<String, Object> entry, String field, String fallback) {
        String value = text(entry, field);
        return value != null ? value : text(entry, fallback);
    }

    private static String text(Map<String, Object> entry, String field) {
        Object value = entry.get(field);
        return value == null ? null : value.toString();
    }
}
