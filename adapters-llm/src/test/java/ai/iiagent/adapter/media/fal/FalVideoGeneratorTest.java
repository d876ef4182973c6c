package ai.iiagent.adapter.media.fal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kling through fal.ai's queue on WireMock: text-to-video input (duration, shape), image-to-video
 * with the first frame as a data URI, the clip measured from its own bytes, a request that fails
 * validation in the queue, a result whose video URL the SSRF guard refuses, and an image-to-video
 * call without a frame.
 */
class FalVideoGeneratorTest {

    private static final String KLING = FalVideoContractTest.KLING;
    private static final String I2V = "fal-ai/kling-video/v2.1/standard/image-to-video";
    private final WireMockServer queue = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final WireMockServer media = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private FalVideoGenerator fal;

    @BeforeEach
    void start() {
        queue.start();
        media.start();
        fal = new FalVideoGenerator(new ObjectMapper(), MediaStandIns.base(queue), "key-id:key-secret",
                MediaStandIns.downloader(media), Duration.ofSeconds(10), Duration.ofMillis(20));
    }

    @AfterEach
    void stop() {
        queue.stop();
        media.stop();
    }

    @Test
    void givenASquareTextToVideoClip_thenKlingIsAskedForFiveSeconds_andTheRealLengthIsReported() {
        byte[] mp4 = stageClip(KLING, 5);

        GeneratedVideo video = fal.generate(new VideoGenerationRequest("a fox in snow", AspectRatio.SQUARE, 4, null, null),
                null);

        assertThat(video.durationSeconds()).isEqualTo(5);
        assertThat(video.width() + "," + video.height()).isEqualTo(Ffprobe.probe(mp4, "stream=width,height"));
        queue.verify(postRequestedFor(urlEqualTo("/" + KLING)).withHeader("Authorization", equalTo("Key key-id:key-secret"))
                .withRequestBody(equalToJson("""
                        {"prompt": "a fox in snow", "duration": "5", "aspect_ratio": "1:1"}""")));
        queue.verify(getRequestedFor(urlEqualTo("/fal-ai/kling-video/requests/" + FalStandIn.REQUEST)));
    }

    @Test
    void givenAFirstFrame_thenTheImageToVideoEndpointGetsItAsADataUri() {
        stageClip(I2V, 2);
        byte[] frame = MediaStandIns.png(32, 18);

        GeneratedVideo video = fal.generate(new VideoGenerationRequest("it starts to rain", AspectRatio.LANDSCAPE, 8, frame,
                null), null);

        assertThat(video.model()).isEqualTo(I2V);
        queue.verify(postRequestedFor(urlEqualTo("/" + I2V)).withRequestBody(equalToJson("""
                {"prompt": "it starts to rain", "duration": "10",
                 "image_url": "data:image/png;base64,%s"}""".formatted(Base64.getEncoder().encodeToString(frame)))));
        assertThatThrownBy(() -> fal.generate(new VideoGenerationRequest("x", AspectRatio.LANDSCAPE, 5, null, I2V), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST));
    }

    @Test
    void givenARequestThatFailsInTheQueue_thenAProviderErrorWithFalsMessage() {
        FalStandIn.request(queue, KLING, FalStandIn.values(queue, KLING, media), 422, "fal/error-validation.json");

        assertThatThrownBy(() -> fal.generate(new VideoGenerationRequest("x", AspectRatio.LANDSCAPE, 5, null, null), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PROVIDER_ERROR);
                    assertThat(e.getMessage()).contains("HTTP 422: Input should be '5' or '10'");
                });
    }

    @Test
    void givenAVideoUrlTheGuardRefuses_thenNothingIsFetched() {
        Map<String, String> values = FalStandIn.values(queue, KLING, media);
        values.put("media", "http://10.0.0.7:8080");
        values.put("size", "1000");
        FalStandIn.request(queue, KLING, values, 200, "fal/kling-result.json");

        assertThatThrownBy(() -> fal.generate(new VideoGenerationRequest("x", AspectRatio.LANDSCAPE, 5, null, null), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PROVIDER_ERROR);
                    assertThat(e.getMessage()).contains("result URL was refused").contains("10.0.0.7");
                });
    }

    private byte[] stageClip(String model, int seconds) {
        byte[] mp4 = MediaStandIns.clip(seconds);
        Map<String, String> values = FalStandIn.values(queue, model, media);
        values.put("size", String.valueOf(mp4.length));
        FalStandIn.request(queue, model, values, 200, "fal/kling-result.json");
        FalStandIn.file(media, "/files/penguin/b7VZ8CwqJ3H0aK2sX9mTd_output.mp4", "video/mp4", mp4);
        return mp4;
    }
}
