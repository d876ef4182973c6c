package ai.iiagent.adapter.media.google;

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
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Google Veo on the Gemini API, a long-running operation: submit with
 * {@code POST /v1beta/models/{model}:predictLongRunning {instances: [{prompt, image?}], parameters:
 * {aspectRatio}}} (Veo 3 makes 16:9 or 9:16 clips of a fixed 8 s), poll {@code GET /v1beta/{name}}
 * every poll interval until {@code done}, then fetch the clip from
 * {@code response.generateVideoResponse.generatedSamples[0].video.uri} through the SSRF-guarded
 * downloader (the key goes to Google's own origin only, never along the redirect to storage). The clip
 * is measured ({@link Mp4Probe}): its real length is what is reported and billed. A finished operation
 * with {@code error} is a provider error; one whose samples were removed
 * ({@code raiMediaFilteredCount}, {@code raiMediaFilteredReasons}) is {@link Kind#CONTENT_POLICY};
 * no result within the time limit is {@link Kind#TIMEOUT}.
 */
public final class GoogleVeoGenerator implements VideoGenerationPaidToolPort {

    static final String FAST = "veo-3.0-fast-generate-001";
    static final String STANDARD = "veo-3.0-generate-001";
    private static final Pattern OPERATION = Pattern.compile("models/[A-Za-z0-9.\\-]+/operations/[A-Za-z0-9_\\-]+");

    private final ObjectMapper json;
    private final ProviderHttp http;
    private final ResultDownloader downloads;
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;
    private final Duration pollInterval;

    public GoogleVeoGenerator(ObjectMapper json, String baseUrl, String apiKey, ResultDownloader downloads,
                              Duration timeout, Duration pollInterval) {
        this.json = json;
        this.http = new ProviderHttp("Google", json);
        this.downloads = downloads;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    @Override
    public String provider() {
        return GoogleImageGenerator.PROVIDER;
    }

    @Override
    public List<MediaModel> models() {
        return List.of(new MediaModel(FAST, provider(), "Google Veo 3 Fast", MediaKind.VIDEO, false),
                new MediaModel(STANDARD, provider(), "Google Veo 3", MediaKind.VIDEO, false));
    }

    @Override
    public MediaAvailability availability() {
        return apiKey == null || apiKey.isBlank() ? MediaAvailability.unavailable("no Google API key is configured")
                : MediaAvailability.READY;
    }

    @Override
    public GeneratedVideo generate(VideoGenerationRequest request, CreditReservation reservation) {
        String model = request.model() == null ? FAST : request.model();
        if (models().stream().noneMatch(offered -> offered.id().equals(model))) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "unknown Google video model '" + model + "'");
        }
        ProviderHttp.Deadline deadline = ProviderHttp.Deadline.in(timeout);
        String operation = submit(model, request, deadline);
        JsonNode done = poll(operation, deadline);
        String uri = videoUri(done);
        byte[] clip = downloads.download("Google", uri, sameOrigin(uri) ? Map.of("x-goog-api-key", apiKey) : Map.of());
        Mp4Probe.Mp4Info info = Mp4Probe.probe(clip, "Google");
        return new GeneratedVideo(clip, "video/mp4", info.width(), info.height(), info.seconds(), model, provider());
    }

    private String submit(String model, VideoGenerationRequest request, ProviderHttp.Deadline deadline) {
        ObjectNode body = json.createObjectNode();
        ObjectNode instance = body.putArray("instances").addObject().put("prompt", request.prompt());
        if (request.firstFrame() != null) {
            instance.putObject("image").put("bytesBase64Encoded", Base64.getEncoder().encodeToString(request.firstFrame()))
                    .put("mimeType", GoogleImageGenerator.contentType(request.firstFrame()));
        }
        body.putObject("parameters").put("aspectRatio", veoRatio(request.aspectRatio()));
        ProviderHttp.Answer answer = http.postJson(baseUrl + "/v1beta/models/" + model + ":predictLongRunning",
                Map.of("x-goog-api-key", apiKey), body, deadline);
        if (!answer.ok()) {
            throw GoogleErrors.of(http, answer);
        }
        String name = http.parse(answer).path("name").asText("");
        if (!OPERATION.matcher(name).matches()) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "Google answered without an operation name");
        }
        return name;
    }

    private JsonNode poll(String operation, ProviderHttp.Deadline deadline) {
        while (true) {
            ProviderHttp.Answer answer = http.get(baseUrl + "/v1beta/" + operation, Map.of("x-goog-api-key", apiKey),
                    deadline);
            if (!answer.ok()) {
                throw GoogleErrors.of(http, answer);
            }
            JsonNode state = http.parse(answer);
            if (state.path("done").asBoolean(false)) {
                return state;
            }
            http.pause(pollInterval, deadline);
        }
    }

    private static String videoUri(JsonNode done) {
        JsonNode error = done.path("error");
        if (!error.isMissingNode() && !error.isNull()) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "Google's video operation failed"
                    + (error.path("code").isNumber() ? " (code " + error.path("code").asInt() + ")" : "")
                    + (error.path("message").asText("").isBlank() ? "" : ": " + error.path("message").asText()));
        }
        JsonNode result = done.path("response").path("generateVideoResponse");
        String uri = result.path("generatedSamples").path(0).path("video").path("uri").asText("");
        if (!uri.isBlank()) {
            return uri;
        }
        if (result.path("raiMediaFilteredCount").asInt(0) > 0 || !result.path("raiMediaFilteredReasons").isEmpty()) {
            List<String> reasons = new ArrayList<>();
            result.path("raiMediaFilteredReasons").forEach(reason -> reasons.add(reason.asText()));
            throw new MediaGenerationFailedException(Kind.CONTENT_POLICY, "Google's safety filters removed the clip"
                    + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)));
        }
        throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "Google's finished operation has no video");
    }

    /** Veo makes landscape 16:9 or portrait 9:16; other shapes get the nearer one (square: landscape). */
    static String veoRatio(AspectRatio ratio) {
        return ratio.widthAt(1000) >= ratio.heightAt(1000) ? "16:9" : "9:16";
    }

    private boolean sameOrigin(String uri) {
        try {
            URI file = URI.create(uri);
            URI base = URI.create(baseUrl);
            return file.getScheme() != null && file.getScheme().equalsIgnoreCase(base.getScheme())
                    && file.getHost() != null && file.getHost().equalsIgnoreCase(base.getHost())
                    && port(file) == port(base);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
