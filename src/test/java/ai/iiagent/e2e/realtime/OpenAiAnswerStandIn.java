package ai.iiagent.e2e.realtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An OpenAI chat-completions server on WireMock that answers every turn with the recorded streamed
 * answer (no tool call), configured as the app's model (gpt-4o-mini: the OpenAI tool family).
 */
public class OpenAiAnswerStandIn implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        try (InputStream in = OpenAiAnswerStandIn.class.getResourceAsStream("/transcripts/openai-agent/turn2-answer.sse")) {
            server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                    .withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("app.agents.openai-api-key", "sk-stand-in", "app.agents.openai-base-url", server.baseUrl() + "/v1",
                "app.agents.openai-model", "gpt-4o-mini", "app.agents.provider-initial-backoff", "PT0.01S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
