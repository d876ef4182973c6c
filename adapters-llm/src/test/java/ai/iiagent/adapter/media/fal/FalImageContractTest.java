package ai.iiagent.adapter.media.fal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import ai.iiagent.adapter.media.MediaStandIns;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPortContractTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The image port contract on the fal.ai adapter (FLUX schnell) through its recorded queue answers. */
class FalImageContractTest extends ImageGenerationPaidToolPortContractTest {

    private final WireMockServer queue = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final WireMockServer media = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private FalImageGenerator port;

    @BeforeEach
    void start() {
        queue.start();
        media.start();
        port = new FalImageGenerator(new ObjectMapper(), MediaStandIns.base(queue), "key-id:key-secret",
                MediaStandIns.downloader(media), Duration.ofSeconds(5), Duration.ofMillis(20));
    }

    @AfterEach
    void stop() {
        queue.stop();
        media.stop();
    }

    @Override
    protected ImageGenerationPaidToolPort port() {
        return port;
    }

    @Override
    protected void stagePicture(AspectRatio ratio) {
        Map<String, String> values = FalStandIn.values(queue, "fal-ai/flux/schnell", media);
        values.put("width", "1024");
        values.put("height", "576"); // landscape_16_9
        FalStandIn.request(queue, "fal-ai/flux/schnell", values, 200, "fal/flux-result.json");
        FalStandIn.file(media, "/files/rabbit/Qx3x0vQ8f1N3mYp2c7uZb.png", "image/png", MediaStandIns.png(1024, 576));
    }

    @Override
    protected boolean stageRefusal() {
        FalStandIn.request(queue, "fal-ai/flux/schnell", FalStandIn.values(queue, "fal-ai/flux/schnell", media), 422,
                "fal/error-content-policy.json");
        return true;
    }

    @Override
    protected boolean exactShape() {
        return false;
    }
}
