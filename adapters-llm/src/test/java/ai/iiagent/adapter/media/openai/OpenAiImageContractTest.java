package ai.iiagent.adapter.media.openai;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPortContractTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The image port contract on the OpenAI adapter against OpenAI's recorded answers. */
class OpenAiImageContractTest extends ImageGenerationPaidToolPortContractTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private OpenAiImageGenerator port;

    @BeforeEach
    void start() {
        server.start();
        port = new OpenAiImageGenerator(new ObjectMapper(), server.baseUrl(), "sk-test-key", Duration.ofSeconds(5));
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
        OpenAiImagesStandIn.picture(server, 1536, 1024); // gpt-image-1's landscape size
    }

    @Override
    protected boolean stageRefusal() {
        OpenAiImagesStandIn.moderationBlocked(server);
        return true;
    }

    @Override
    protected boolean exactShape() {
        return false;
    }
}
