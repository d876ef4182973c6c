package ai.iiagent.adapter.media.google;

import ai.iiagent.adapter.media.ProviderHttp;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageComponent;
import ai.iiagent.port.out.media.ImageEditRequest;
import ai.iiagent.port.out.media.ImageEditingPaidToolPort;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.media.SourceImage;
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
import javax.imageio.ImageIO;

/**
 * Picture editing on the Gemini API (key in {@code x-goog-api-key}). An edit is
 * {@code POST /v1beta/models/gemini-2.5-flash-image:generateContent} with the picture as an
 * {@code inlineData} part followed by the instruction text ({@link GeminiEditPrompts}) and
 * {@code responseModalities: [IMAGE]}; the edited picture comes back as a part's {@code inlineData}.
 * Detection is {@code POST /v1beta/models/gemini-2.5-flash:generateContent} with the picture, the
 * question and {@code responseMimeType: application/json} plus a {@code responseSchema}; the answer's
 * text is the JSON list of components, boxes in percent. Refusals and errors as for image generation.
 */
public final class GoogleImageEditor implements ImageEditingPaidToolPort {

    static final String EDIT_MODEL = GoogleImageGenerator.GEMINI;
    static final String DETECTION_MODEL = "gemini-2.5-flash";

    private final ObjectMapper json;
    private final ProviderHttp http;
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;

    public GoogleImageEditor(ObjectMapper json, String baseUrl, String apiKey, Duration timeout) {
        this.json = json;
        this.http = new ProviderHttp("Google", json);
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    @Override
    public String provider() {
        return GoogleImageGenerator.PROVIDER;
    }

    @Override
    public MediaModel editModel() {
        return new MediaModel(EDIT_MODEL, provider(), "Google Gemini 2.5 Flash Image (edit)", MediaKind.IMAGE, false);
    }

    @Override
    public MediaModel detectionModel() {
        return new MediaModel(DETECTION_MODEL, provider(), "Google Gemini 2.5 Flash (vision)", MediaKind.IMAGE, false);
    }

    @Override
    public MediaAvailability availability() {
        return apiKey == null || apiKey.isBlank() ? MediaAvailability.unavailable("no Google API key is configured")
                : MediaAvailability.READY;
    }

    @Override
    public GeneratedImage edit(ImageEditRequest request, CreditReservation reservation) {
        ObjectNode body = json.createObjectNode();
        ObjectNode parts = body.putArray("contents").addObject().put("role", "user");
        var list = parts.putArray("parts");
        inline(list.addObject(), request.image());
        list.addObject().put("text", GeminiEditPrompts.edit(request.steps()));
        body.putObject("generationConfig").putArray("responseModalities").add("IMAGE");
        byte[] image = GeminiAnswers.image(call(EDIT_MODEL, body));
        BufferedImage decoded = decode(image);
        return new GeneratedImage(image, GoogleImageGenerator.contentType(image), decoded.getWidth(), decoded.getHeight(),
                EDIT_MODEL, provider());
    }

    @Override
    public List<ImageComponent> detect(SourceImage image, CreditReservation reservation) {
        ObjectNode body = json.createObjectNode();
        var list = body.putArray("contents").addObject().put("role", "user").putArray("parts");
        inline(list.addObject(), image);
        list.addObject().put("text", GeminiEditPrompts.DETECT);
        ObjectNode config = body.putObject("generationConfig");
        config.put("responseMimeType", "application/json");
        config.set("responseSchema", GeminiEditPrompts.detectionSchema(json));
        String text = GeminiAnswers.text(call(DETECTION_MODEL, body));
        try {
            return GeminiEditPrompts.components(json.readTree(text));
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "Google's detection answer is not JSON: "
                    + GeminiAnswers.abbreviate(text), e);
        }
    }

    private static void inline(ObjectNode part, SourceImage image) {
        part.putObject("inlineData").put("mimeType", image.contentType())
                .put("data", Base64.getEncoder().encodeToString(image.content()));
    }

    private JsonNode call(String model, ObjectNode body) {
        ProviderHttp.Answer answer = http.postJson(baseUrl + "/v1beta/models/" + model + ":generateContent",
                Map.of("x-goog-api-key", apiKey), body, ProviderHttp.Deadline.in(timeout));
        if (!answer.ok()) {
            throw GoogleErrors.of(http, answer);
        }
        return http.parse(answer);
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
