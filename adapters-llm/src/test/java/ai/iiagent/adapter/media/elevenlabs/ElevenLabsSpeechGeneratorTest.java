package ai.iiagent.adapter.media.elevenlabs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.media.MediaStandIns;
import ai.iiagent.adapter.media.offline.Ffprobe;
import ai.iiagent.port.out.media.GeneratedSpeech;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.SpeechRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ElevenLabs text to speech on WireMock: the request (voice in the path, output_format, xi-api-key,
 * text and model_id), WAV made from its raw PCM answer (a file ffprobe reads at the right length),
 * its JSON error answers (bad key, exhausted quota, validation, unknown voice), a slow answer and bad
 * voice ids refused before any call.
 */
class ElevenLabsSpeechGeneratorTest {

    private static final String KEY = "sk_5b1f0c9e2d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a";
    private static final String PATH = "/v1/text-to-speech/";
    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private ElevenLabsSpeechGenerator eleven;

    @BeforeEach
    void start() {
        server.start();
        eleven = new ElevenLabsSpeechGenerator(new ObjectMapper(), MediaStandIns.base(server), KEY, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenAVoiceAndWav_thenPcmIsAskedFor_andWrappedIntoARealWavFile() {
        byte[] pcm = new byte[ElevenLabsSpeechGenerator.PCM_RATE * 2 * 3 / 2]; // 1.5 s of 16-bit mono silence
        Arrays.fill(pcm, (byte) 1);
        server.stubFor(post(urlPathEqualTo(PATH + "21m00Tcm4TlvDq8ikWAM")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/pcm").withBody(pcm)));

        GeneratedSpeech speech = eleven.generate(new SpeechRequest("Bonjour à tous", "21m00Tcm4TlvDq8ikWAM",
                SpeechRequest.AudioFormat.WAV, "eleven_flash_v2_5"), null);

        assertThat(speech.contentType()).isEqualTo("audio/wav");
        assertThat(speech.characters()).isEqualTo(14);
        assertThat(speech.model()).isEqualTo("eleven_flash_v2_5");
        assertThat(new String(speech.content(), 0, 4)).isEqualTo("RIFF");
        assertThat(Double.parseDouble(Ffprobe.probe(speech.content(), "format=duration"))).isCloseTo(1.5,
                org.assertj.core.data.Offset.offset(0.01));
        server.verify(postRequestedFor(urlPathEqualTo(PATH + "21m00Tcm4TlvDq8ikWAM"))
                .withQueryParam("output_format", equalTo("pcm_24000")).withHeader("xi-api-key", equalTo(KEY))
                .withRequestBody(equalToJson("""
                        {"text": "Bonjour à tous", "model_id": "eleven_flash_v2_5"}""")));
    }

    @Test
    void givenElevenLabsErrorAnswers_thenProviderErrorsWithTheirStatusAndMessage_butNotTheKey() {
        error(401, "elevenlabs/error-invalid-key.json");
        assertFails(null, Kind.PROVIDER_ERROR, "HTTP 401: (invalid_api_key) Invalid API key");
        error(401, "elevenlabs/error-quota-exceeded.json");
        assertFails(null, Kind.PROVIDER_ERROR, "(quota_exceeded) This request exceeds your quota of 10000.");
        error(422, "elevenlabs/error-validation.json");
        assertFails(null, Kind.PROVIDER_ERROR, "HTTP 422: body.text: Field required");
        error(404, "elevenlabs/error-voice-not-found.json");
        assertFails("ZZZZZZZZZZZZZZZZZZZZ", Kind.PROVIDER_ERROR, "(voice_not_found) A voice with the voice_id");
    }

    @Test
    void givenASlowAnswer_thenItTimesOut() {
        server.stubFor(post(urlPathEqualTo(PATH + "JBFqnCBsd6RMkjVDRZzb")).willReturn(aResponse().withFixedDelay(4000)
                .withStatus(200)));

        assertFails(null, Kind.TIMEOUT, "ElevenLabs gave no result within 2 s");
    }

    @Test
    void givenABadVoiceOrModelOrNoKey_thenRefusedBeforeAnyCall() {
        assertFails("alloy", Kind.INVALID_REQUEST, "voice id of 20 letters and digits");
        assertFails("../../v1/user/xxxxxxxx", Kind.INVALID_REQUEST, "voice id");
        assertThatThrownBy(() -> eleven.generate(new SpeechRequest("x", null, SpeechRequest.AudioFormat.MP3,
                "eleven_v9"), null)).isInstanceOfSatisfying(MediaGenerationFailedException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST));
        assertThat(server.getAllServeEvents()).isEmpty();
        assertThat(new ElevenLabsSpeechGenerator(new ObjectMapper(), MediaStandIns.base(server), null, Duration.ofSeconds(1))
                .availability().reason()).isEqualTo("no ElevenLabs API key is configured");
    }

    private void error(int status, String transcript) {
        server.stubFor(post(urlPathEqualTo(PATH + (transcript.contains("voice-not-found") ? "ZZZZZZZZZZZZZZZZZZZZ"
                : "JBFqnCBsd6RMkjVDRZzb"))).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(MediaStandIns.transcript(transcript, Map.of()))));
    }

    private void assertFails(String voice, Kind kind, String message) {
        assertThatThrownBy(() -> eleven.generate(new SpeechRequest("x", voice, SpeechRequest.AudioFormat.MP3, null), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(message).doesNotContain(KEY);
                });
    }
}
