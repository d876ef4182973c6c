package ai.iiagent.adapter.media.fal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import ai.iiagent.adapter.media.MediaStandIns;
import ai.iiagent.adapter.media.offline.Ffprobe;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPort;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPortContractTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The video port contract on the fal.ai adapter (Kling 2.1): submit, poll, result, download on WireMock. */
class FalVideoContractTest extends VideoGenerationPaidToolPortContractTest {

    static final String KLING = "fal-ai/kling-video/v2.1/standard/text-to-video";
    private final WireMockServer queue = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final WireMockServer media = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private FalVideoGenerator port;

    @BeforeEach
    void start() {
        queue.start();
        media.start();
        port = new FalVideoGenerator(new ObjectMapper(), MediaStandIns.base(queue), "key-id:key-secret",
                MediaStandIns.downloader(media), Duration.ofSeconds(10), Duration.ofMillis(20));
    }

    @AfterEach
    void stop() {
        queue.stop();
        media.stop();
    }

    @Override
    protected VideoGenerationPaidToolPort port() {
        return port;
    }

    @Override
    protected void stageClip(int seconds) {
        byte[] mp4 = MediaStandIns.clip(seconds);
        Map<String, String> values = FalStandIn.values(queue, KLING, media);
        values.put("size", String.valueOf(mp4.length));
        FalStandIn.request(queue, KLING, values, 200, "fal/kling-result.json");
        FalStandIn.file(media, "/files/penguin/b7VZ8CwqJ3H0aK2sX9mTd_output.mp4", "video/mp4", mp4);
    }

    @Override
    protected boolean stageRefusal() {
        FalStandIn.request(queue, KLING, FalStandIn.values(queue, KLING, media), 422, "fal/error-content-policy.json");
        return true;
    }

    @Override
    protected double measuredSeconds(byte[] mp4) {
        return Ffprobe.seconds(mp4);
    }
}
