package ai.iiagent.adapter.media.google;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import ai.iiagent.adapter.media.MediaStandIns;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPortContractTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The image port contract on the Google adapter (Gemini 2.5 Flash Image) against Google's recorded answers. */
class GoogleImageContractTest extends ImageGenerationPaidToolPortContractTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private GoogleImageGenerator port;

    @BeforeEach
    void start() {
        server.start();
        port = new GoogleImageGenerator(new ObjectMapper(), MediaStandIns.base(server), "AIzaSyTestKey", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected ImageGenerationPaidToolPort port() {
        return port;
    }

    @Override
    protected void stagePicture(AspectRatio ratio) {
        GoogleStandIn.geminiPicture(server, 1344, 768); // Gemini 2.5 Flash Image's 16:9 size
    }

    @Override
    protected boolean stageRefusal() {
        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash-image"), 200,
                "google/gemini-prompt-blocked.json");
        return true;
    }

    @Override
    protected boolean exactShape() {
        return false;
    }
}
