package ai.iiagent.adapter.media.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Google image adapter's wire on WireMock: the generateContent and predict requests it sends
 * (model in the path, key in x-goog-api-key, shape), Google's refusals (a blocked prompt, an
 * IMAGE_SAFETY stop, an Imagen picture removed by its filter), its error answers and a slow answer.
 */
class GoogleImageGeneratorTest {

    private static final String KEY = "AIzaSyTestKey0123456789";
    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private GoogleImageGenerator google;

    @BeforeEach
    void start() {
        server.start();
        google = new GoogleImageGenerator(new ObjectMapper(), MediaStandIns.base(server) + "/", KEY, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenGemini_thenItAsksForAnImageOfTheShape_andReadsTheInlinePicture() {
        GoogleStandIn.geminiPicture(server, 1184, 864);

        GeneratedImage image = google.generate(new ImageGenerationRequest("a lighthouse at dusk", AspectRatio.STANDARD,
                null), null);

        assertThat(image.model()).isEqualTo("gemini-2.5-flash-image");
        assertThat(image.provider()).isEqualTo("google");
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.width()).isEqualTo(1184);
        assertThat(image.height()).isEqualTo(864);
        server.verify(postRequestedFor(urlEqualTo(GoogleStandIn.generateContent("gemini-2.5-flash-image")))
                .withHeader("x-goog-api-key", equalTo(KEY))
                .withRequestBody(equalToJson("""
                        {"contents": [{"role": "user", "parts": [{"text": "a lighthouse at dusk"}]}],
                         "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": {"aspectRatio": "4:3"}}}""")));
    }

    @Test
    void givenImagen_thenItPredictsOneSampleAtItsNearestRatio() {
        GoogleStandIn.imagenPicture(server, 1408, 1056);

        GeneratedImage image = google.generate(new ImageGenerationRequest("a harbour", AspectRatio.WIDE,
                "imagen-4.0-generate-001"), null);

        assertThat(image.width()).isEqualTo(1408);
        assertThat(image.model()).isEqualTo("imagen-4.0-generate-001");
        server.verify(postRequestedFor(urlEqualTo("/v1beta/models/imagen-4.0-generate-001:predict"))
                .withHeader("x-goog-api-key", equalTo(KEY))
                .withRequestBody(equalToJson("""
                        {"instances": [{"prompt": "a harbour"}],
                         "parameters": {"sampleCount": 1, "aspectRatio": "4:3", "includeRaiReason": true}}""")));
        assertThat(GoogleImageGenerator.imagenRatio(AspectRatio.TALL)).isEqualTo("3:4");
        assertThat(GoogleImageGenerator.imagenRatio(AspectRatio.PORTRAIT)).isEqualTo("9:16");
    }

    @Test
    void givenGooglesRefusals_thenEachIsAContentPolicyFailure_withGooglesReason() {
        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash-image"), 200,
                "google/gemini-prompt-blocked.json");
        assertFails(null, Kind.CONTENT_POLICY, "Google blocked the prompt (PROHIBITED_CONTENT)");

        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash-image"), 200,
                "google/gemini-image-safety.json");
        assertFails(null, Kind.CONTENT_POLICY, "(IMAGE_SAFETY)");

        GoogleStandIn.answer(server, "/v1beta/models/imagen-4.0-generate-001:predict", 200, "google/imagen-filtered.json");
        assertFails("imagen-4.0-generate-001", Kind.CONTENT_POLICY, "filtered out the generated image");
    }

    @Test
    void givenGooglesErrorAnswers_thenProviderErrorsWithGooglesMessage_butNotTheKey() {
        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash-image"), 400,
                "google/error-invalid-key.json");
        assertFails(null, Kind.PROVIDER_ERROR, "HTTP 400 INVALID_ARGUMENT: API key not valid");

        GoogleStandIn.answer(server, "/v1beta/models/imagen-4.0-generate-001:predict", 429, "google/error-quota.json");
        assertFails("imagen-4.0-generate-001", Kind.PROVIDER_ERROR, "HTTP 429 RESOURCE_EXHAUSTED: You exceeded your current quota");
    }

    @Test
    void givenASlowAnswer_thenItTimesOut() {
        server.stubFor(post(urlEqualTo(GoogleStandIn.generateContent("gemini-2.5-flash-image")))
                .willReturn(aResponse().withFixedDelay(4000).withStatus(200).withBody("{}")));

        assertFails(null, Kind.TIMEOUT, "Google gave no result within 2 s");
    }

    @Test
    void givenNoKey_thenItIsUnavailable_andAnUnknownModelIsRefusedBeforeAnyCall() {
        assertThat(new GoogleImageGenerator(new ObjectMapper(), MediaStandIns.base(server), " ", Duration.ofSeconds(1))
                .availability().reason()).isEqualTo("no Google API key is configured");
        assertFails("imagen-2", Kind.INVALID_REQUEST, "unknown Google image model 'imagen-2'");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    private void assertFails(String model, Kind kind, String message) {
        assertThatThrownBy(() -> google.generate(new ImageGenerationRequest("x", AspectRatio.SQUARE, model), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(message).doesNotContain(KEY);
                });
    }
}
