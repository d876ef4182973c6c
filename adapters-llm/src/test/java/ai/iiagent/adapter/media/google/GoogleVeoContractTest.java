package ai.iiagent.adapter.media.google;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import ai.iiagent.adapter.media.MediaStandIns;
import ai.iiagent.adapter.media.offline.Ffprobe;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPort;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPortContractTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The video port contract on the Veo adapter: its whole operation (submit, poll, fetch) on WireMock. */
class GoogleVeoContractTest extends VideoGenerationPaidToolPortContractTest {

    private final WireMockServer api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final WireMockServer storage = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private GoogleVeoGenerator port;

    @BeforeEach
    void start() {
        api.start();
        storage.start();
        port = new GoogleVeoGenerator(new ObjectMapper(), MediaStandIns.base(api), "AIzaSyTestKey",
                MediaStandIns.downloader(api, storage), Duration.ofSeconds(10), Duration.ofMillis(20));
    }

    @AfterEach
    void stop() {
        api.stop();
        storage.stop();
    }

    @Override
    protected VideoGenerationPaidToolPort port() {
        return port;
    }

    @Override
    protected void stageClip(int seconds) {
        GoogleStandIn.veo(api, port.models().get(0).id(), 1, "google/veo-done.json", MediaStandIns.base(api));
        GoogleStandIn.videoFile(api, storage, MediaStandIns.clip(seconds));
    }

    @Override
    protected boolean stageRefusal() {
        GoogleStandIn.veo(api, port.models().get(0).id(), 1, "google/veo-filtered.json", MediaStandIns.base(api));
        return true;
    }

    @Override
    protected double measuredSeconds(byte[] mp4) {
        return Ffprobe.seconds(mp4);
    }
}
