package ai.iiagent.adapter.media.google;

import ai.iiagent.adapter.media.ProviderHttp;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Google's image models on the Gemini API (key in {@code x-goog-api-key}):
 * {@code gemini-2.5-flash-image} by {@code POST /v1beta/models/{model}:generateContent} with
 * {@code responseModalities: [IMAGE]} and the shape in {@code imageConfig.aspectRatio}, the picture
 * coming back as a part's {@code inlineData}; {@code imagen-4.0-generate-001} by
 * {@code POST /v1beta/models/{model}:predict} ({@code predictions[].bytesBase64Encoded}; Imagen has
 * 1:1, 3:4, 4:3, 9:16 and 16:9, so 3:2 and 2:3 are made as 4:3 and 3:4). A blocked prompt
 * ({@code promptFeedback.blockReason}), a candidate stopped for safety ({@code finishReason} SAFETY,
 * IMAGE_SAFETY, PROHIBITED_CONTENT, ...) and an Imagen picture removed by its filter
 * ({@code raiFilteredReason}, or no prediction at all) are {@link Kind#CONTENT_POLICY}.
 */
public final class GoogleImageGenerator implements ImageGenerationPaidToolPort {

    public static final String PROVIDER = "google";
    static final String GEMINI = "gemini-2.5-flash-image";
    static final String IMAGEN = "imagen-4.0-generate-001";
    private static final Set<String> SAFETY_STOPS = Set.of("SAFETY", "IMAGE_SAFETY", "PROHIBITED_CONTENT",
            "IMAGE_PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "RECITATION", "IMAGE_RECITATION");

    private final ObjectMapper json;
    private final ProviderHttp http;
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;

    public GoogleImageGenerator(ObjectMapper json, String baseUrl, String apiKey, Duration timeout) {
        this.http = new ProviderHttp("Google", json);
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.json = json;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public List<MediaModel> models() {
        return List.of(new MediaModel(GEMINI, PROVIDER, "Google Gemini 2.5 Flash Image", MediaKind.IMAGE, false),
                new MediaModel(IMAGEN, PROVIDER, "Google Imagen 4", MediaKind.IMAGE, false));
    }

    @Override
    public MediaAvailability availability() {
        return apiKey == null || apiKey.isBlank() ? MediaAvailability.unavailable("no Google API key is configured")
                : MediaAvailability.READY;
    }

    @Override
    public GeneratedImage generate(ImageGenerationRequest request, CreditReservation reservation) {
        String model = request.model() == null ? GEMINI : request.model();
        if (models().stream().noneMatch(offered -> offered.id().equals(model))) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "unknown Google image model '" + model + "'");
        }
        ProviderHttp.Deadline deadline = ProviderHttp.Deadline.in(timeout);
        byte[] image = model.equals(IMAGEN) ? imagen(request, deadline) : gemini(request, deadline);
        BufferedImage decoded = decode(image);
        return new GeneratedImage(image, contentType(image), decoded.getWidth(), decoded.getHeight(), model, PROVIDER);
    }

    private byte[] gemini(ImageGenerationRequest request, ProviderHttp.Deadline deadline) {
        ObjectNode body = json.createObjectNode();
        body.putArray("contents").addObject().put("role", "user").putArray("parts").addObject()
                .put("text", request.prompt());
        ObjectNode config = body.putObject("generationConfig");
        config.putArray("responseModalities").add("IMAGE");
        config.putObject("imageConfig").put("aspectRatio", request.aspectRatio().code());
        JsonNode answer = call(GEMINI + ":generateContent", body, deadline);
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
        StringBuilder text = new StringBuilder();
        for (JsonNode part : candidate.path("content").path("parts")) {
            JsonNode inline = part.has("inlineData") ? part.path("inlineData") : part.path("inline_data");
            if (inline.path("data").isTextual()) {
                return Base64.getDecoder().decode(inline.path("data").asText());
            }
            text.append(part.path("text").asText(""));
        }
        throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "Google answered without an image"
                + (finish.isBlank() ? "" : " (finish reason " + finish + ")")
                + (text.isEmpty() ? "" : ": " + abbreviate(text.toString())));
    }

    private byte[] imagen(ImageGenerationRequest request, ProviderHttp.Deadline deadline) {
        ObjectNode body = json.createObjectNode();
        body.putArray("instances").addObject().put("prompt", request.prompt());
        body.putObject("parameters").put("sampleCount", 1).put("aspectRatio", imagenRatio(request.aspectRatio()))
                .put("includeRaiReason", true);
        JsonNode prediction = call(IMAGEN + ":predict", body, deadline).path("predictions").path(0);
        if (prediction.path("bytesBase64Encoded").isTextual()) {
            return Base64.getDecoder().decode(prediction.path("bytesBase64Encoded").asText());
        }
        String reason = prediction.path("raiFilteredReason").asText("");
        throw new MediaGenerationFailedException(Kind.CONTENT_POLICY, "Google's safety filter removed the picture"
                + (reason.isBlank() ? "" : ": " + reason));
    }

    static String imagenRatio(AspectRatio ratio) {
        return switch (ratio) {
            case WIDE -> "4:3";
            case TALL -> "3:4";
            default -> ratio.code();
        };
    }

    private JsonNode call(String method, ObjectNode body, ProviderHttp.Deadline deadline) {
        ProviderHttp.Answer answer = http.postJson(baseUrl + "/v1beta/models/" + method, Map.of("x-goog-api-key", apiKey),
                body, deadline);
        if (!answer.ok()) {
            throw GoogleErrors.of(http, answer);
        }
        return http.parse(answer);
    }

    private static String message(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? ": " + node.asText() : "";
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static String contentType(byte[] image) {
        if (image.length >= 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8) {
            return "image/jpeg";
        }
        return "image/png";
    }

    private static BufferedImage decode(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "Google's image is not a readable picture");
            }
            return decoded;
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "Google's image cannot be read", e);
        }
    }
}
