package ai.iiagent.domain.credits;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Media prices by provider and model ({@code openai/gpt-image-1}): per-model overrides from
 * settings first, then the built-in table (providers' list prices), then a per-unit default flagged
 * {@code fallback}. The offline generators are priced too, cheaply, so the credit path is exercised
 * exactly as for a paid provider.
 */
public final class MediaPriceTable {

    private static final Map<String, MediaPrice> BUILT_IN = builtIn();
    private static final Map<MediaPrice.Unit, MediaPrice> DEFAULTS = Map.of(
            MediaPrice.Unit.IMAGE, MediaPrice.of("0.04", MediaPrice.Unit.IMAGE).asFallback(),
            MediaPrice.Unit.VIDEO_SECOND, MediaPrice.of("0.5", MediaPrice.Unit.VIDEO_SECOND).asFallback(),
            MediaPrice.Unit.CHARACTER, MediaPrice.of("0.0003", MediaPrice.Unit.CHARACTER).asFallback(),
            MediaPrice.Unit.OPERATION, MediaPrice.of("0.001", MediaPrice.Unit.OPERATION).asFallback());

    private final Map<String, MediaPrice> overrides;

    /** @param overrides prices by {@code provider/model}, replacing the built-in ones */
    public MediaPriceTable(Map<String, MediaPrice> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static MediaPriceTable builtInOnly() {
        return new MediaPriceTable(Map.of());
    }

    /** The price of {@code model} at {@code provider} for {@code unit}. */
    public MediaPrice priceFor(String provider, String model, MediaPrice.Unit unit) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(unit, "unit");
        String key = key(provider, model);
        MediaPrice price = overrides.getOrDefault(key, BUILT_IN.get(key));
        return price != null && price.unit() == unit ? price : DEFAULTS.get(unit);
    }

    static String key(String provider, String model) {
        return provider.strip().toLowerCase(Locale.ROOT) + "/" + model.strip().toLowerCase(Locale.ROOT);
    }

    // Providers' list prices (USD) at standard quality; docs/media.md lists them.
    private static Map<String, MediaPrice> builtIn() {
        Map<String, MediaPrice> prices = new LinkedHashMap<>();
        MediaPrice.Unit image = MediaPrice.Unit.IMAGE;
        MediaPrice.Unit second = MediaPrice.Unit.VIDEO_SECOND;
        MediaPrice.Unit character = MediaPrice.Unit.CHARACTER;
        prices.put("offline/offline-image", MediaPrice.of("0.001", image));
        prices.put("offline/offline-video", MediaPrice.of("0.001", second));
        prices.put("offline/espeak-ng", MediaPrice.of("0.000001", character));
        prices.put("openai/gpt-image-1", MediaPrice.of("0.042", image));
        prices.put("openai/dall-e-3", MediaPrice.of("0.04", image));
        prices.put("openai/tts-1", MediaPrice.of("0.000015", character));
        prices.put("openai/tts-1-hd", MediaPrice.of("0.00003", character));
        prices.put("openai/gpt-4o-mini-tts", MediaPrice.of("0.000012", character));
        prices.put("google/imagen-4.0-generate-001", MediaPrice.of("0.04", image));
        prices.put("google/gemini-2.5-flash-image", MediaPrice.of("0.039", image));
        prices.put("google/veo-3.0-generate-001", MediaPrice.of("0.4", second));
        prices.put("google/veo-3.0-fast-generate-001", MediaPrice.of("0.15", second));
        prices.put("fal/fal-ai/flux/schnell", MediaPrice.of("0.003", image));
        prices.put("fal/fal-ai/flux/dev", MediaPrice.of("0.025", image));
        prices.put("fal/fal-ai/kling-video/v2.1/standard/text-to-video", MediaPrice.of("0.05", second));
        prices.put("fal/fal-ai/kling-video/v2.1/standard/image-to-video", MediaPrice.of("0.05", second));
        prices.put("elevenlabs/eleven_multilingual_v2", MediaPrice.of("0.0003", character));
        prices.put("elevenlabs/eleven_flash_v2_5", MediaPrice.of("0.00015", character));
        // editing on the host's ffmpeg (concatenate_videos, extract_frames): a small price per operation
        prices.put("offline/ffmpeg-concatenate", MediaPrice.of("0.001", MediaPrice.Unit.OPERATION));
        prices.put("offline/ffmpeg-extract-frames", MediaPrice.of("0.001", MediaPrice.Unit.OPERATION));
        // image-slide editing (docs/slides.md): an edit is a picture, a detection one vision call
        prices.put("offline/offline-image-edit", MediaPrice.of("0.001", image));
        prices.put("offline/offline-image-detect", MediaPrice.of("0.001", MediaPrice.Unit.OPERATION));
        prices.put("google/gemini-2.5-flash", MediaPrice.of("0.003", MediaPrice.Unit.OPERATION));
        return Map.copyOf(prices);
    }
}
