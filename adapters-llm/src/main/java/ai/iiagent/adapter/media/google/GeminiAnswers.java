package ai.iiagent.adapter.media.google;

import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Set;

/**
 * Reads a Gemini {@code generateContent} answer: a blocked prompt ({@code promptFeedback.blockReason})
 * and a candidate stopped for safety are {@link Kind#CONTENT_POLICY}; otherwise the first part's
 * {@code inlineData} picture, or the parts' text.
 */
final class GeminiAnswers {

    private static final Set<String> SAFETY_STOPS = Set.of("SAFETY", "IMAGE_SAFETY", "PROHIBITED_CONTENT",
            "IMAGE_PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "RECITATION", "IMAGE_RECITATION");

    private GeminiAnswers() {
    }

    /** The picture of the answer. */
    static byte[] image(JsonNode answer) {
        JsonNode candidate = allowed(answer);
        StringBuilder text = new StringBuilder();
        for (JsonNode part : candidate.path("content").path("parts")) {
            JsonNode inline = part.has("inlineData") ? part.path("inlineData") : part.path("inline_data");
            if (inline.path("data").isTextual()) {
                return Base64.getDecoder().decode(inline.path("data").asText());
            }
            text.append(part.path("text").asText(""));
        }
        String finish = candidate.path("finishReason").asText("");
        throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "Google answered without an image"
                + (finish.isBlank() ? "" : " (finish reason " + finish + ")")
                + (text.isEmpty() ? "" : ": " + abbreviate(text.toString())));
    }

    /** The text of the answer's parts, joined. */
    static String text(JsonNode answer) {
        JsonNode candidate = allowed(answer);
        StringBuilder text = new StringBuilder();
        for (JsonNode part : candidate.path("content").path("parts")) {
            text.append(part.path("text").asText(""));
        }
        if (text.isEmpty()) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "Google answered without text");
        }
        return text.toString();
    }

    private static JsonNode allowed(JsonNode answer) {
        String blocked = answer.path("promptFeedback").path("blockReason").asText("");
        if (!blocked.isBlank()) {
            throw new MediaGenerationFailedException(Kind.CONTENT_POLICY, "Google blocked the prompt (" + blocked + ")"
                    + message(answer.path("promptFeedback").path("blockReasonMessage")));
        }
        JsonNode candidate = answer.path("candidates").path(0);
        String finish = candidate.path("finishReason").asText("");
        if (SAFETY_STOPS.contains(finish)) {
            throw new MediaGenerationFailedException(Kind.CONTENT_POLICY, "Google refused to make this picture ("
                    + finish + ")" + message(candidate.path("finishMessage")));
        }
        return candidate;
    }

    private static String message(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? ": " + node.asText() : "";
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
