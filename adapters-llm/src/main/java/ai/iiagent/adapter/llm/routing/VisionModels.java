package ai.iiagent.adapter.llm.routing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which models read images, by provider and model-id family as the providers document them
 * (OpenAI GPT-4o/4.1/4.5/5 and o1/o3/o4-mini; every Claude 3 and later; Gemini 1.5 and later; and
 * open vision models served OpenAI-compatibly: LLaVA, Pixtral, Qwen-VL, Llama 3.2 Vision, Gemma 3).
 * An unknown model counts as text-only: a note is safer than a request its provider refuses.
 */
final class VisionModels {

    private static final Pattern OPENAI = Pattern.compile(
            "(gpt-4o.*|chatgpt-4o.*|gpt-4\\.1.*|gpt-4\\.5.*|gpt-4-turbo.*|gpt-4-vision.*|gpt-5.*|o1|o1-(?!mini|preview).*|o3|o3-(?!mini).*|o4-mini.*)");
    private static final Pattern OPEN_VISION = Pattern.compile(
            ".*(llava|pixtral|-vl\\b|-vl-|vision|gemma-?3|llama-?4).*");
    private static final Pattern CLAUDE_TEXT_ONLY = Pattern.compile("claude-(2|instant).*");
    private static final Pattern GEMINI_TEXT_ONLY = Pattern.compile("gemini-(1\\.0-)?pro(-00\\d)?|gemini-1\\.0-.*");

    private VisionModels() {
    }

    static boolean acceptImages(String provider, String modelId) {
        String id = modelId == null ? "" : modelId.strip().toLowerCase(Locale.ROOT);
        String by = provider == null ? "" : provider.strip().toLowerCase(Locale.ROOT);
        return switch (by) {
            case "anthropic" -> id.startsWith("claude-") && !CLAUDE_TEXT_ONLY.matcher(id).matches();
            case "gemini", "google" -> id.startsWith("gemini-") && !GEMINI_TEXT_ONLY.matcher(id).matches();
            case "openai", "openai_compatible" -> compatible(id.substring(id.lastIndexOf('/') + 1));
            default -> false;
        };
    }

    /** OpenAI-compatible endpoints (OpenAI itself, routers naming {@code vendor/model}, local servers). */
    private static boolean compatible(String id) {
        return OPENAI.matcher(id).matches() || OPEN_VISION.matcher(id).matches()
                || id.startsWith("claude-") && !CLAUDE_TEXT_ONLY.matcher(id).matches()
                || id.startsWith("gemini-") && !GEMINI_TEXT_ONLY.matcher(id).matches();
    }
}
