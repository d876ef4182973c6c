package ai.iiagent.adapter.media.fal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.media.MediaStandIns;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FLUX through fal.ai's queue on WireMock: submit (input, Key auth), poll to COMPLETED, fetch the
 * result, download the picture from the media host (no key sent there); the safety checker's flag,
 * a content-policy error, fal's auth and balance errors, a queue that never completes, and status
 * URLs outside the queue.
 */
class FalImageGeneratorTest {

    private static final String KEY = "3f0c8a51-5e9b-4d7e-a2c4-0c5f7e9d1b2a:6b1e0f2d9c8a7b6e5d4c3b2a1f0e9d8c";
    private static final String SCHNELL = "fal-ai/flux/schnell";
    private final WireMockServer queue = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final WireMockServer media = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private FalImageGenerator fal;

    @BeforeEach
    void start() {
        queue.start();
        media.start();
        fal = fal(Duration.ofSeconds(5));
    }

    private FalImageGenerator fal(Duration timeout) {
        return new FalImageGenerator(new ObjectMapper(), MediaStandIns.base(queue), KEY, MediaStandIns.downloader(media), timeout,
                Duration.ofMillis(20));
    }

    @AfterEach
    void stop() {
        queue.stop();
        media.stop();
    }

    @Test
    void givenAPortraitPicture_thenSubmitPollFetchAndDownload_withTheKeyOnlyAtTheQueue() {
        Map<String, String> values = FalStandIn.values(queue, SCHNELL, media);
        values.put("width", "576");
        values.put("height", "1024");
        FalStandIn.request(queue, SCHNELL, values, 200, "fal/flux-result.json");
        FalStandIn.file(media, "/files/rabbit/Qx3x0vQ8f1N3mYp2c7uZb.png", "image/png", MediaStandIns.png(576, 1024));

        GeneratedImage image = fal.generate(new ImageGenerationRequest("a tall lighthouse", AspectRatio.PORTRAIT, null), null);

        assertThat(image.width()).isEqualTo(576);
        assertThat(image.height()).isEqualTo(1024);
        assertThat(image.model()).isEqualTo(SCHNELL);
        assertThat(image.provider()).isEqualTo("fal");
        queue.verify(postRequestedFor(urlEqualTo("/" + SCHNELL)).withHeader("Authorization", equalTo("Key " + KEY))
                .withRequestBody(equalToJson("""
                        {"prompt": "a tall lighthouse", "image_size": "portrait_16_9", "num_images": 1,
                         "output_format": "png", "enable_safety_checker": true}""")));
        queue.verify(3, getRequestedFor(urlEqualTo("/fal-ai/flux/requests/" + FalStandIn.REQUEST + "/status"))
                .withHeader("Authorization", equalTo("Key " + KEY)));
        queue.verify(getRequestedFor(urlEqualTo("/fal-ai/flux/requests/" + FalStandIn.REQUEST)));
        media.verify(getRequestedFor(anyUrl()).withHeader("Authorization", absent()));
    }

    @Test
    void givenFalsSafetyRefusals_thenContentPolicyFailures() {
        FalStandIn.request(queue, SCHNELL, FalStandIn.values(queue, SCHNELL, media), 200, "fal/flux-nsfw.json");
        assertFails(fal, Kind.CONTENT_POLICY, "safety checker flagged");
        assertThat(media.getAllServeEvents()).as("a blacked-out picture is not downloaded").isEmpty();

        queue.resetAll();
        FalStandIn.request(queue, SCHNELL, FalStandIn.values(queue, SCHNELL, media), 422, "fal/error-content-policy.json");
        assertFails(fal, Kind.CONTENT_POLICY, "HTTP 422: The content was flagged by a content checker.");
    }

    @Test
    void givenFalsErrorAnswers_thenProviderErrorsWithFalsDetail_butNotTheKey() {
        FalStandIn.submitAnswers(queue, SCHNELL, 401, "fal/error-unauthorized.json");
        assertFails(fal, Kind.PROVIDER_ERROR, "HTTP 401: Cannot access application 'fal-ai/flux'");
        FalStandIn.submitAnswers(queue, SCHNELL, 403, "fal/error-exhausted-balance.json");
        assertFails(fal, Kind.PROVIDER_ERROR, "HTTP 403: User is locked. Reason: Exhausted balance.");
    }

    @Test
    void givenAQueueThatNeverCompletes_thenItTimesOut() {
        FalStandIn.request(queue, SCHNELL, FalStandIn.values(queue, SCHNELL, media), 200, "fal/flux-nsfw.json");
        queue.stubFor(get(urlEqualTo("/fal-ai/flux/requests/" + FalStandIn.REQUEST + "/status")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        MediaStandIns.transcript("fal/status-in-progress.json", FalStandIn.values(queue, SCHNELL, media)))));

        assertFails(fal(Duration.ofMillis(600)), Kind.TIMEOUT, "fal.ai gave no result within 600 ms");
    }

    @Test
    void givenAStatusUrlOutsideTheQueue_thenTheKeyIsNotSentThere() {
        Map<String, String> values = FalStandIn.values(queue, SCHNELL, media);
        values.put("base", MediaStandIns.base(media));
        FalStandIn.request(queue, SCHNELL, values, 200, "fal/flux-nsfw.json");

        assertFails(fal, Kind.PROVIDER_ERROR, "status URL outside its queue");
        assertThat(media.getAllServeEvents()).isEmpty();
    }

    @Test
    void givenNoKey_thenItIsUnavailable_andAnUnknownModelIsRefusedBeforeAnyCall() {
        assertThat(new FalImageGenerator(new ObjectMapper(), MediaStandIns.base(queue), "", MediaStandIns.downloader(media),
                Duration.ofSeconds(1), Duration.ofMillis(10)).availability().reason())
                .isEqualTo("no fal.ai API key is configured");
        assertThatThrownBy(() -> fal.generate(new ImageGenerationRequest("x", AspectRatio.SQUARE, "fal-ai/flux-pro"), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST));
        queue.verify(0, anyRequestedFor(anyUrl()));
        assertThat(FalImageGenerator.imageSize(AspectRatio.SQUARE)).isEqualTo("square_hd");
        assertThat(FalImageGenerator.imageSize(AspectRatio.WIDE)).isEqualTo("landscape_4_3");
    }

    private static void assertFails(FalImageGenerator generator, Kind kind, String message) {
        assertThatThrownBy(() -> generator.generate(new ImageGenerationRequest("x", AspectRatio.SQUARE, null), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(message).doesNotContain(KEY);
                });
    }
}
