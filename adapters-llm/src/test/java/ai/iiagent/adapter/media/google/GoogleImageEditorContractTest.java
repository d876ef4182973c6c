package ai.iiagent.adapter.media.google;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import ai.iiagent.adapter.media.MediaStandIns;
import ai.iiagent.port.out.media.ImageEditingPaidToolPort;
import ai.iiagent.port.out.media.ImageEditingPaidToolPortContractTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The picture-editing port contract on the Google adapter against Google's recorded answers. */
class GoogleImageEditorContractTest extends ImageEditingPaidToolPortContractTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private GoogleImageEditor port;

    @BeforeEach
    void start() {
        server.start();
        port = new GoogleImageEditor(new ObjectMapper(), MediaStandIns.base(server), "AIzaSyTestKey", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected ImageEditingPaidToolPort port() {
        return port;
    }

    @Override
    protected void stageEdit() {
        GoogleStandIn.geminiPicture(server, 1344, 768);
    }

    @Override
    protected void stageDetection() {
        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash"), 200, "google/gemini-detect.json");
    }

    @Override
    protected boolean stageRefusal() {
        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash-image"), 200,
                "google/gemini-image-safety.json");
        return true;
    }
}
