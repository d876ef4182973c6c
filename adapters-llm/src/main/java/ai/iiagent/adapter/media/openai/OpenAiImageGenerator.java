package ai.iiagent.adapter.media.openai;

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
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * OpenAI's Images API: {@code POST /v1/images/generations} with the key as a bearer token, one picture
 * as base64 ({@code gpt-image-1}: {@code output_format: png}; {@code dall-e-3}: {@code response_format:
 * b64_json}) at the size nearest the asked shape. A refusal by OpenAI's safety system
 * ({@code content_policy_violation}, {@code moderation_blocked}) is {@link Kind#CONTENT_POLICY}; other
 * error answers pass on their {@code error.message}; the key never appears in a message.
 */
public final class OpenAiImageGenerator implements ImageGenerationPaidToolPort {

    public static final String PROVIDER = "openai";
    private static final Set<String> REFUSALS = Set.of("content_policy_violation", "moderation_blocked");

    private final ObjectMapper json;
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;

    public OpenAiImageGenerator(ObjectMapper json, String baseUrl, String apiKey, Duration timeout) {
        this.json = json;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public List<MediaModel> models() {
        return List.of(new MediaModel("gpt-image-1", PROVIDER, "OpenAI GPT Image 1", MediaKind.IMAGE, false),
                new MediaModel("dall-e-3", PROVIDER, "OpenAI DALL·E 3", MediaKind.IMAGE, false));
    }

    @Override
    public MediaAvailability availability() {
        return apiKey == null || apiKey.isBlank() ? MediaAvailability.unavailable("no OpenAI API key is configured")
                : MediaAvailability.READY;
    }

    @Override
    public GeneratedImage generate(ImageGenerationRequest request, CreditReservation reservation) {
        String model = request.model() == null ? models().get(0).id() : request.model();
        if (models().stream().noneMatch(offered -> offered.id().equals(model))) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "unknown OpenAI image model '" + model + "'");
        }
        ObjectNode body = json.createObjectNode().put("model", model).put("prompt", request.prompt()).put("n", 1)
                .put("size", size(model, request.aspectRatio()));
        if (model.equals("dall-e-3")) {
            body.put("response_format", "b64_json");
        } else {
            body.put("output_format", "png");
        }
        JsonNode answer = post("/v1/images/generations", body);
        String encoded = answer.path("data").path(0).path("b64_json").asText("");
        if (encoded.isEmpty()) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "OpenAI answered without an image");
        }
        byte[] png = Base64.getDecoder().decode(encoded);
        BufferedImage decoded = decode(png);
        return new GeneratedImage(png, "image/png", decoded.getWidth(), decoded.getHeight(), model, PROVIDER);
    }

    static String size(String model, AspectRatio ratio) {
        int compare = Integer.compare(ratio.widthAt(1000), ratio.heightAt(1000));
        boolean dalle = model.equals("dall-e-3");
        return compare == 0 ? "1024x1024" : compare > 0 ? (dalle ? "1792x1024" : "1536x1024")
                : (dalle ? "1024x1792" : "1024x1536");
    }

    private JsonNode post(String path, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new MediaGenerationFailedException(Kind.TIMEOUT, "OpenAI did not answer within " + timeout.toSeconds()
                    + " s", e);
        } catch (ConnectException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "OpenAI could not be reached", e);
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "the call to OpenAI failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaGenerationFailedException(Kind.TIMEOUT, "the call to OpenAI was interrupted", e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            JsonNode error = answer.path("error");
            String message = error.path("message").asText("");
            Kind kind = REFUSALS.contains(error.path("code").asText("")) ? Kind.CONTENT_POLICY : Kind.PROVIDER_ERROR;
            throw new MediaGenerationFailedException(kind, "OpenAI answered HTTP " + response.statusCode()
                    + (message.isBlank() ? "" : ": " + message));
        }
        return answer;
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static BufferedImage decode(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "OpenAI's image is not a readable picture");
            }
            return decoded;
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "OpenAI's image cannot be read", e);
        }
    }
}
