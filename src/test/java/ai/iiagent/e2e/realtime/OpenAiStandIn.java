package ai.iiagent.e2e.realtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An OpenAI-compatible server on WireMock: the first turn streams a TodoWrite call in fragments,
 * the second (after the tool result) streams the answer. Configures the app to use it as its model.
 */
public class OpenAiStandIn implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("agent").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(sse("turn1-tool-call.sse")).willSetStateTo("answered tool"));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("agent").whenScenarioStateIs("answered tool")
                .willReturn(sse("turn2-answer.sse")).willSetStateTo(Scenario.STARTED));
        // Users' own models point at this loopback server too, which the base-URL guard allows only when told.
        return Map.of("app.agents.openai-api-key", "sk-stand-in", "app.agents.openai-base-url", server.baseUrl() + "/v1",
                "app.agents.openai-model", "gpt-4o-mini", "app.agents.provider-initial-backoff", "PT0.01S",
                "app.user-settings.allow-private-base-urls", "true");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static ResponseDefinitionBuilder sse(String name) {
        try (InputStream in = OpenAiStandIn.class.getResourceAsStream("/transcripts/openai-agent/" + name)) {
            return aResponse().withStatus(200).withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
