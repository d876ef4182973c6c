package ai.iiagent.adapter.media.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * The OpenAI image adapter's wire: the request it sends (model, prompt, size for the shape, format,
 * bearer key), and how OpenAI's error answers, a slow answer and a missing key come back.
 */
class OpenAiImageGeneratorTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private OpenAiImageGenerator openai;

    @BeforeEach
    void start() {
        server.start();
        openai = new OpenAiImageGenerator(new ObjectMapper(), server.baseUrl() + "/", "sk-test-key", Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenAPortraitDalle3Picture_thenTheRequestNamesModelSizeAndBase64Format_withTheKeyAsBearer() {
        OpenAiImagesStandIn.picture(server, 1024, 1792);

        GeneratedImage image = openai.generate(new ImageGenerationRequest("a tall tower", AspectRatio.PORTRAIT,
                "dall-e-3"), null);

        assertThat(image.width()).isEqualTo(1024);
        assertThat(image.height()).isEqualTo(1792);
        assertThat(image.model()).isEqualTo("dall-e-3");
        server.verify(postRequestedFor(urlEqualTo(OpenAiImagesStandIn.PATH))
                .withHeader("Authorization", equalTo("Bearer sk-test-key"))
                .withRequestBody(equalToJson("""
                        {"model": "dall-e-3", "prompt": "a tall tower", "n": 1, "size": "1024x1792",
                         "response_format": "b64_json"}""")));
    }

    @Test
    void givenGptImage1_thenItAsksForPngAtItsOwnSizes() {
        OpenAiImagesStandIn.picture(server, 1024, 1024);

        openai.generate(new ImageGenerationRequest("a square", AspectRatio.SQUARE, null), null);

        server.verify(postRequestedFor(urlEqualTo(OpenAiImagesStandIn.PATH)).withRequestBody(equalToJson("""
                {"model": "gpt-image-1", "prompt": "a square", "n": 1, "size": "1024x1024", "output_format": "png"}""")));
        assertThat(OpenAiImageGenerator.size("gpt-image-1", AspectRatio.LANDSCAPE)).isEqualTo("1536x1024");
        assertThat(OpenAiImageGenerator.size("gpt-image-1", AspectRatio.STANDARD_PORTRAIT)).isEqualTo("1024x1536");
    }

    @Test
    void givenOpenAisErrorAnswers_thenEachBecomesAFailureOfItsKind_withOpenAisReasonButNotTheKey() {
        OpenAiImagesStandIn.contentPolicyViolation(server);
        assertFails(Kind.CONTENT_POLICY, "rejected as a result of our safety system");
        OpenAiImagesStandIn.invalidKey(server);
        assertFails(Kind.PROVIDER_ERROR, "HTTP 401: Incorrect API key provided");
        OpenAiImagesStandIn.rateLimited(server);
        assertFails(Kind.PROVIDER_ERROR, "HTTP 429: Rate limit reached");
    }

    @Test
    void givenASlowAnswer_thenItTimesOut() {
        server.stubFor(post(urlEqualTo(OpenAiImagesStandIn.PATH)).willReturn(aResponse().withFixedDelay(4000)
                .withStatus(200).withBody("{}")));

        assertFails(Kind.TIMEOUT, "did not answer within 2 s");
    }

    @Test
    void givenNoKey_thenItIsUnavailable_andAnUnknownModelIsRefusedBeforeAnyCall() {
        assertThat(new OpenAiImageGenerator(new ObjectMapper(), server.baseUrl(), "", Duration.ofSeconds(1))
                .availability().reason()).isEqualTo("no OpenAI API key is configured");
        assertThatThrownBy(() -> openai.generate(new ImageGenerationRequest("x", AspectRatio.SQUARE, "dall-e-2"), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST));
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    private void assertFails(Kind kind, String message) {
        assertThatThrownBy(() -> openai.generate(new ImageGenerationRequest("x", AspectRatio.SQUARE, null), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(message).doesNotContain("sk-test-key");
                });
    }
}
