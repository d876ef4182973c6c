package ai.iiagent.adapter.media.elevenlabs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import ai.iiagent.adapter.media.MediaStandIns;
import ai.iiagent.adapter.media.offline.EspeakSpeechGenerator;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.SpeechPaidToolPortContractTest;
import ai.iiagent.port.out.media.SpeechRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The speech port contract on the ElevenLabs adapter: the audio body is real MP3 (made by espeak-ng and
 * ffmpeg, as ElevenLabs would send its own for {@code output_format=mp3_44100_128}).
 */
class ElevenLabsSpeechContractTest extends SpeechPaidToolPortContractTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private ElevenLabsSpeechGenerator port;

    @BeforeEach
    void start() {
        server.start();
        port = new ElevenLabsSpeechGenerator(new ObjectMapper(), MediaStandIns.base(server), "sk_test", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected SpeechPaidToolPort port() {
        return port;
    }

    @Override
    protected void stageAudio(SpeechRequest.AudioFormat format) {
        byte[] audio = new EspeakSpeechGenerator(Duration.ofSeconds(30)).generate(new SpeechRequest(
                "Welcome to the tour.", null, format, null), null).content();
        server.stubFor(post(urlPathEqualTo("/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb"))
                .withQueryParam("output_format", equalTo("mp3_44100_128"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg").withBody(audio)));
    }
}
