package ai.iiagent.adapter.media.fal;

import ai.iiagent.adapter.media.ProviderHttp;
import ai.iiagent.adapter.media.ResultDownloader;
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
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * FLUX on fal.ai through its queue ({@link FalQueue}): {@code fal-ai/flux/schnell} (default) and
 * {@code fal-ai/flux/dev} with {@code {prompt, image_size, num_images: 1, output_format: png,
 * enable_safety_checker: true}} ({@code image_size} the preset nearest the shape: square_hd,
 * landscape_16_9, portrait_16_9, landscape_4_3, portrait_4_3); the picture is downloaded from
 * {@code images[0].url} through the SSRF-guarded downloader. A picture the safety checker flagged
 * ({@code has_nsfw_concepts: [true]}, fal blacks it out) or a {@code content_policy_violation} error is
 * {@link Kind#CONTENT_POLICY}.
 */
public final class FalImageGenerator implements ImageGenerationPaidToolPort {

    public static final String PROVIDER = "fal";

    private final ObjectMapper json;
    private final FalQueue queue;
    private final ResultDownloader downloads;
    private final String apiKey;
    private final Duration timeout;

    public FalImageGenerator(ObjectMapper json, String baseUrl, String apiKey, ResultDownloader downloads,
                             Duration timeout, Duration pollInterval) {
        this.json = json;
        this.queue = new FalQueue(json, baseUrl, apiKey, pollInterval);
        this.downloads = downloads;
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public List<MediaModel> models() {
        return List.of(new MediaModel("fal-ai/flux/schnell", PROVIDER, "FLUX.1 [schnell] on fal.ai", MediaKind.IMAGE, false),
                new MediaModel("fal-ai/flux/dev", PROVIDER, "FLUX.1 [dev] on fal.ai", MediaKind.IMAGE, false));
    }

    @Override
    public MediaAvailability availability() {
        return apiKey == null || apiKey.isBlank() ? MediaAvailability.unavailable("no fal.ai API key is configured")
                : MediaAvailability.READY;
    }

    @Override
    public GeneratedImage generate(ImageGenerationRequest request, CreditReservation reservation) {
        String model = request.model() == null ? models().get(0).id() : request.model();
        if (models().stream().noneMatch(offered -> offered.id().equals(model))) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "unknown fal.ai image model '" + model + "'");
        }
        ObjectNode input = json.createObjectNode().put("prompt", request.prompt())
                .put("image_size", imageSize(request.aspectRatio())).put("num_images", 1).put("output_format", "png")
                .put("enable_safety_checker", true);
        JsonNode output = queue.run(model, input, ProviderHttp.Deadline.in(timeout));
        if (output.path("has_nsfw_concepts").path(0).asBoolean(false)) {
            throw new MediaGenerationFailedException(Kind.CONTENT_POLICY,
                    "fal.ai's safety checker flagged the picture (it is blacked out)");
        }
        String url = output.path("images").path(0).path("url").asText("");
        if (url.isBlank()) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "fal.ai answered without an image");
        }
        byte[] image = downloads.download("fal.ai", url, Map.of());
        BufferedImage decoded = decode(image);
        boolean jpeg = image.length > 2 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8;
        return new GeneratedImage(image, jpeg ? "image/jpeg" : "image/png", decoded.getWidth(), decoded.getHeight(),
                model, PROVIDER);
    }

    static String imageSize(AspectRatio ratio) {
        return switch (ratio) {
            case SQUARE -> "square_hd";
            case LANDSCAPE -> "landscape_16_9";
            case PORTRAIT -> "portrait_16_9";
            case STANDARD, WIDE -> "landscape_4_3";
            case STANDARD_PORTRAIT, TALL -> "portrait_4_3";
        };
    }

    private static BufferedImage decode(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "fal.ai's image is not a readable picture");
            }
            return decoded;
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "fal.ai's image cannot be read", e);
        }
    }
}
