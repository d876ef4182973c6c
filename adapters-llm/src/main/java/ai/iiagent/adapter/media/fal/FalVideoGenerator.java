package ai.iiagent.adapter.media.fal;

import ai.iiagent.adapter.media.Mp4Probe;
import ai.iiagent.adapter.media.ProviderHttp;
import ai.iiagent.adapter.media.ResultDownloader;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedVideo;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPort;
import ai.iiagent.port.out.media.VideoGenerationRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Kling 2.1 on fal.ai through its queue ({@link FalQueue}): text-to-video
 * {@code {prompt, duration: "5"|"10", aspect_ratio: 16:9|9:16|1:1}}; given a first frame, the
 * image-to-video endpoint with the frame as a {@code data:} URI in {@code image_url}. The clip is
 * downloaded from {@code video.url} through the SSRF-guarded downloader and measured
 * ({@link Mp4Probe}); its real length is reported and billed.
 */
public final class FalVideoGenerator implements VideoGenerationPaidToolPort {

    static final String TEXT_TO_VIDEO = "fal-ai/kling-video/v2.1/standard/text-to-video";
    static final String IMAGE_TO_VIDEO = "fal-ai/kling-video/v2.1/standard/image-to-video";

    private final ObjectMapper json;
    private final FalQueue queue;
    private final ResultDownloader downloads;
    private final String apiKey;
    private final Duration timeout;

    public FalVideoGenerator(ObjectMapper json, String baseUrl, String apiKey, ResultDownloader downloads,
                             Duration timeout, Duration pollInterval) {
        this.json = json;
        this.queue = new FalQueue(json, baseUrl, apiKey, pollInterval);
        this.downloads = downloads;
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    @Override
    public String provider() {
        return FalImageGenerator.PROVIDER;
    }

    @Override
    public List<MediaModel> models() {
        return List.of(new MediaModel(TEXT_TO_VIDEO, provider(), "Kling 2.1 text-to-video on fal.ai", MediaKind.VIDEO, false),
                new MediaModel(IMAGE_TO_VIDEO, provider(), "Kling 2.1 image-to-video on fal.ai", MediaKind.VIDEO, false));
    }

    @Override
    public MediaAvailability availability() {
        return apiKey == null || apiKey.isBlank() ? MediaAvailability.unavailable("no fal.ai API key is configured")
                : MediaAvailability.READY;
    }

    @Override
    public GeneratedVideo generate(VideoGenerationRequest request, CreditReservation reservation) {
        String asked = request.model() == null ? TEXT_TO_VIDEO : request.model();
        if (models().stream().noneMatch(offered -> offered.id().equals(asked))) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "unknown fal.ai video model '" + asked + "'");
        }
        if (asked.equals(IMAGE_TO_VIDEO) && request.firstFrame() == null) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, IMAGE_TO_VIDEO + " needs a first frame");
        }
        String model = request.firstFrame() == null ? asked : IMAGE_TO_VIDEO;
        ObjectNode input = json.createObjectNode().put("prompt", request.prompt())
                .put("duration", request.durationSeconds() > 5 ? "10" : "5");
        if (request.firstFrame() == null) {
            input.put("aspect_ratio", klingRatio(request.aspectRatio()));
        } else {
            boolean jpeg = request.firstFrame().length > 2 && (request.firstFrame()[0] & 0xff) == 0xff;
            input.put("image_url", "data:" + (jpeg ? "image/jpeg" : "image/png") + ";base64,"
                    + Base64.getEncoder().encodeToString(request.firstFrame()));
        }
        JsonNode output = queue.run(model, input, ProviderHttp.Deadline.in(timeout));
        String url = output.path("video").path("url").asText("");
        if (url.isBlank()) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "fal.ai answered without a video");
        }
        byte[] clip = downloads.download("fal.ai", url, Map.of());
        Mp4Probe.Mp4Info info = Mp4Probe.probe(clip, "fal.ai");
        return new GeneratedVideo(clip, "video/mp4", info.width(), info.height(), info.seconds(), model, provider());
    }

    static String klingRatio(AspectRatio ratio) {
        int compare = Integer.compare(ratio.widthAt(1000), ratio.heightAt(1000));
        return compare == 0 ? "1:1" : compare > 0 ? "16:9" : "9:16";
    }
}
