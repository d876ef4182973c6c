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

import ai.iiagent.adapter.media.offline.EspeakSpeechGenerator;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.SpeechPaidToolPortContractTest;
import ai.iiagent.port.out.media.SpeechRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OpenAI's speech API (POST /v1/audio/speech) on WireMock: the speech port contract (the audio body
 * is real MP3, made by espeak-ng and ffmpeg as OpenAI would send its own), the request's shape, and
 * OpenAI's JSON error answers and a slow answer.
 */
class OpenAiSpeechGeneratorTest extends SpeechPaidToolPortContractTest {

    private static final String PATH = "/v1/audio/speech";
    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private OpenAiSpeechGenerator openai;

    @BeforeEach
    void start() {
        server.start();
        openai = new OpenAiSpeechGenerator(new ObjectMapper(), server.baseUrl(), "sk-test-key", Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected SpeechPaidToolPort port() {
        return openai;
    }

    @Override
    protected void stageAudio(SpeechRequest.AudioFormat format) {
        byte[] audio = new EspeakSpeechGenerator(Duration.ofSeconds(30)).generate(new SpeechRequest(
                "Welcome to the tour.", null, format, null), null).content();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", format.contentType()).withBody(audio)));
    }

    @Test
    void givenAVoice_thenTheRequestNamesModelVoiceAndFormat_withTheKeyAsBearer() {
        stageAudio(SpeechRequest.AudioFormat.MP3);

        openai.generate(new SpeechRequest("Hello", "nova", SpeechRequest.AudioFormat.MP3, "tts-1"), null);

        server.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer sk-test-key"))
                .withRequestBody(equalToJson("""
                        {"model": "tts-1", "input": "Hello", "voice": "nova", "response_format": "mp3"}""")));
    }

    @Test
    void givenOpenAisErrorsOrASlowAnswer_thenFailuresOfTheirKind_withoutTheKey() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"message": "Incorrect API key provided: sk-test***-key.", "type": "invalid_request_error",
                                   "param": null, "code": "invalid_api_key"}}""")));
        assertFails(Kind.PROVIDER_ERROR, "HTTP 401: Incorrect API key provided");
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFixedDelay(4000).withStatus(200)));
        assertFails(Kind.TIMEOUT, "did not answer within 2 s");
        assertThatThrownBy(() -> openai.generate(new SpeechRequest("x", "robot", SpeechRequest.AudioFormat.MP3, null),
                null)).isInstanceOfSatisfying(MediaGenerationFailedException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST));
    }

    private void assertFails(Kind kind, String message) {
        assertThatThrownBy(() -> openai.generate(new SpeechRequest("x", null, SpeechRequest.AudioFormat.MP3, null), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(message).doesNotContain("sk-test-key");
                });
    }
}
