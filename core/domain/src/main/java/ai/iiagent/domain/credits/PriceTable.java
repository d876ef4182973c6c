package ai.iiagent.domain.credits;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Prices by model id: per-model overrides from settings first, then the built-in table (exact id,
 * then the longest matching prefix, so {@code gpt-4o-mini-2024-07-18} is priced as gpt-4o-mini),
 * then the provider's default, then a global default. Defaults are flagged {@code fallback}.
 */
public final class PriceTable {

    private static final Map<String, ModelPrice> BUILT_IN = builtIn();
    private static final Map<String, ModelPrice> PROVIDER_DEFAULTS = Map.of(
            "anthropic", ModelPrice.of("3", "15", "3.75", "0.3").asFallback(),
            "openai", ModelPrice.of("2.5", "10", "0", "1.25").asFallback(),
            "gemini", ModelPrice.of("0.15", "0.6", "0", "0").asFallback(),
            "google", ModelPrice.of("0.15", "0.6", "0", "0").asFallback());
    private static final ModelPrice GLOBAL_DEFAULT = ModelPrice.of("2.5", "10", "0", "1.25").asFallback();

    private final Map<String, ModelPrice> overrides;

    public PriceTable(Map<String, ModelPrice> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static PriceTable builtInOnly() {
        return new PriceTable(Map.of());
    }

    public ModelPrice priceFor(String provider, String modelId) {
        Objects.requireNonNull(modelId, "modelId");
        String id = modelId.toLowerCase(Locale.ROOT);
        ModelPrice override = overrides.get(modelId);
        if (override != null) {
            return override;
        }
        ModelPrice exact = BUILT_IN.get(id);
        if (exact != null) {
            return exact;
        }
        String longest = null;
        for (String known : BUILT_IN.keySet()) {
            if (id.startsWith(known) && (longest == null || known.length() > longest.length())) {
                longest = known;
            }
        }
        if (longest != null) {
            return BUILT_IN.get(longest);
        }
        return provider == null ? GLOBAL_DEFAULT
                : PROVIDER_DEFAULTS.getOrDefault(provider.toLowerCase(Locale.ROOT), GLOBAL_DEFAULT);
    }

    // USD per million tokens: input, output, cache write, cache read (reference §8.3).
    private static Map<String, ModelPrice> builtIn() {
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        prices.put("claude-opus-4-6", ModelPrice.of("5", "25", "6.25", "0.5"));
        prices.put("claude-opus-4-5", ModelPrice.of("5", "25", "6.25", "0.5"));
        prices.put("claude-sonnet-4-5", ModelPrice.of("3", "15", "3.75", "0.3"));
        prices.put("claude-sonnet-4", ModelPrice.of("3", "15", "3.75", "0.3"));
        prices.put("claude-opus-4", ModelPrice.of("15", "75", "18.75", "1.5"));
        prices.put("claude-3-5-haiku", ModelPrice.of("0.8", "4", "1", "0.08"));
        prices.put("gpt-4o", ModelPrice.of("2.5", "10", "0", "1.25"));
        prices.put("gpt-4o-mini", ModelPrice.of("0.15", "0.6", "0", "0.075"));
        prices.put("o1", ModelPrice.of("15", "60", "0", "7.5"));
        prices.put("o1-mini", ModelPrice.of("1.1", "4.4", "0", "0.55"));
        prices.put("o3", ModelPrice.of("10", "40", "0", "2.5"));
        prices.put("o3-mini", ModelPrice.of("1.1", "4.4", "0", "0.55"));
        prices.put("gemini-2.5-pro", ModelPrice.of("1.25", "10", "0", "0"));
        prices.put("gemini-2.5-flash", ModelPrice.of("0.15", "0.6", "0", "0"));
        prices.put("gemini-2.0-flash", ModelPrice.of("0.1", "0.4", "0", "0"));
        prices.put("gemini-3-pro-preview", ModelPrice.of("2", "12", "0", "0"));
        prices.put("gemini-3.1-pro-preview", ModelPrice.of("2", "12", "0", "0"));
        prices.put("gemini-3-flash-preview", ModelPrice.of("0.5", "3", "0", "0"));
        prices.put("deepseek-reasoner", ModelPrice.of("0.55", "2.19", "0", "0.14"));
        prices.put("deepseek-chat", ModelPrice.of("0.27", "1.1", "0", "0.07"));
        // Our scripted offline model: cheap, but billed like any other so the credit path is exercised.
        prices.put("offline-demo", ModelPrice.of("1", "4", "0", "0"));
        return Map.copyOf(prices);
    }
}
