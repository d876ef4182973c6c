package ai.iiagent.adapter.media.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.media.MediaStandIns;
import ai.iiagent.adapter.media.offline.Ffprobe;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedVideo;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.VideoGenerationRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Veo's long-running operation on WireMock: submit (prompt, first frame, shape), polls until done,
 * the clip fetched through the SSRF-guarded downloader from a file URI that redirects to a separate
 * storage host (the key goes to Google only); an operation that fails, a filtered clip, an operation
 * that never finishes, an error answer to the submit, and a result URL the guard refuses.
 */
class GoogleVeoGeneratorTest {

    private static final String KEY = "AIzaSyTestKey0123456789";
    private static final String FAST = "veo-3.0-fast-generate-001";
    private final WireMockServer api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final WireMockServer storage = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private GoogleVeoGenerator veo;

    @BeforeEach
    void start() {
        api.start();
        storage.start();
        veo = veo(Duration.ofSeconds(5));
    }

    private GoogleVeoGenerator veo(Duration timeout) {
        return new GoogleVeoGenerator(new ObjectMapper(), MediaStandIns.base(api), KEY, MediaStandIns.downloader(api, storage),
                timeout, Duration.ofMillis(50));
    }

    @AfterEach
    void stop() {
        api.stop();
        storage.stop();
    }

    @Test
    void givenAPortraitClipFromAFirstFrame_thenSubmitPollAndFetch_andTheKeyNeverReachesStorage() {
        byte[] mp4 = MediaStandIns.clip(3);
        byte[] frame = MediaStandIns.png(64, 96);
        GoogleStandIn.veo(api, FAST, 2, "google/veo-done.json", MediaStandIns.base(api));
        GoogleStandIn.videoFile(api, storage, mp4);

        GeneratedVideo video = veo.generate(new VideoGenerationRequest("a paper boat on a stream", AspectRatio.TALL, 5,
                frame, null), null);

        assertThat(video.content()).isEqualTo(mp4);
        assertThat(video.model()).isEqualTo(FAST);
        assertThat(video.durationSeconds()).as("the clip's real length, read from its movie header").isEqualTo(3);
        assertThat(video.width() + "," + video.height()).isEqualTo(Ffprobe.probe(mp4, "stream=width,height"));
        api.verify(postRequestedFor(urlEqualTo("/v1beta/models/" + FAST + ":predictLongRunning"))
                .withHeader("x-goog-api-key", equalTo(KEY)).withRequestBody(equalToJson("""
                        {"instances": [{"prompt": "a paper boat on a stream",
                                        "image": {"bytesBase64Encoded": "%s", "mimeType": "image/png"}}],
                         "parameters": {"aspectRatio": "9:16"}}""".formatted(Base64.getEncoder().encodeToString(frame)))));
        api.verify(3, getRequestedFor(urlEqualTo("/v1beta/models/" + FAST + "/operations/" + GoogleStandIn.OPERATION))
                .withHeader("x-goog-api-key", equalTo(KEY)));
        api.verify(getRequestedFor(urlPathEqualTo("/v1beta/files/" + GoogleStandIn.FILE + ":download"))
                .withQueryParam("alt", equalTo("media")).withHeader("x-goog-api-key", equalTo(KEY)));
        storage.verify(getRequestedFor(urlPathEqualTo("/video-downloads/" + GoogleStandIn.FILE + ".mp4"))
                .withHeader("x-goog-api-key", absent()));
    }

    @Test
    void givenAnOperationThatFails_thenAProviderErrorWithGooglesMessage() {
        GoogleStandIn.veo(api, FAST, 1, "google/veo-failed.json", MediaStandIns.base(api));

        assertFails(veo, Kind.PROVIDER_ERROR, "Google's video operation failed (code 13): Video generation failed");
    }

    @Test
    void givenAClipRemovedBySafetyFilters_thenAContentPolicyFailureWithTheReason() {
        GoogleStandIn.veo(api, FAST, 0, "google/veo-filtered.json", MediaStandIns.base(api));

        assertFails(veo, Kind.CONTENT_POLICY, "violates our usage guidelines");
        assertThat(storage.getAllServeEvents()).isEmpty();
    }

    @Test
    void givenAnOperationThatNeverFinishes_thenItTimesOutAtTheLimit() {
        GoogleStandIn.veo(api, FAST, 1, "google/veo-running.json", MediaStandIns.base(api));

        long started = System.nanoTime();
        assertFails(veo(Duration.ofMillis(1800)), Kind.TIMEOUT, "Google gave no result within 1800 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        assertThat(api.findAll(getRequestedFor(urlEqualTo("/v1beta/models/" + FAST + "/operations/"
                + GoogleStandIn.OPERATION))).size()).as("it kept polling until the limit").isGreaterThan(3);
    }

    @Test
    void givenABadKey_thenTheSubmitIsRefusedWithGooglesMessage() {
        GoogleStandIn.answer(api, "/v1beta/models/veo-3.0-generate-001:predictLongRunning", 400,
                "google/error-invalid-key.json");

        assertThatThrownBy(() -> veo.generate(new VideoGenerationRequest("x", AspectRatio.LANDSCAPE, 4, null,
                "veo-3.0-generate-001"), null)).isInstanceOfSatisfying(MediaGenerationFailedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PROVIDER_ERROR);
                    assertThat(e.getMessage()).contains("API key not valid").doesNotContain(KEY);
                });
    }

    @Test
    void givenAFileUriTheGuardRefuses_thenNothingIsFetched() {
        GoogleStandIn.veo(api, FAST, 0, "google/veo-done.json", "http://169.254.169.254");

        assertFails(veo, Kind.PROVIDER_ERROR, "result URL was refused");
    }

    @Test
    void givenTheFileDownloadFails_thenAProviderError_andNothingIsMade() {
        GoogleStandIn.veo(api, FAST, 1, "google/veo-done.json", MediaStandIns.base(api));
        api.stubFor(get(urlPathEqualTo("/v1beta/files/" + GoogleStandIn.FILE + ":download"))
                .willReturn(aResponse().withStatus(404).withBody("{\"error\": {\"code\": 404, \"message\": \"File not found\"}}")));

        assertFails(veo, Kind.PROVIDER_ERROR, "answered HTTP 404");
    }

    private static void assertFails(GoogleVeoGenerator generator, Kind kind, String message) {
        assertThatThrownBy(() -> generator.generate(new VideoGenerationRequest("x", AspectRatio.LANDSCAPE, 4, null, null),
                null)).isInstanceOfSatisfying(MediaGenerationFailedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(message).doesNotContain(KEY);
                });
    }
}
