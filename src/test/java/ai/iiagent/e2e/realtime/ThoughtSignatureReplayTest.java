package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.out.agents.AgentMemoryRepository;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.ToolCall;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Provider-signed reasoning survives in stored memory: a Gemini turn's thought signature is kept
 * with the run's messages, and the request that continues the paused run (its history read back
 * from the database, nothing held by the adapter) sends it again.
 */
@QuarkusTest
@WithTestResource(OpenAiStandIn.class) // only for its setting that lets users' models point at loopback
class ThoughtSignatureReplayTest {

    private static final String PATH = "/v1beta/models/gemini-3-pro-preview:streamGenerateContent?alt=sse";
    private static final String SIGNATURE = "Cs0BAdHtim9E2eSignatureKeptAcrossRestart";

    @Inject
    AgentMemoryRepository memory;

    @Test
    void givenMessagesWithProviderData_whenStoredAndReadBack_thenTheDataIsUnchanged() {
        SessionId session = SessionId.random();
        Message signed = Message.assistant("", "thinking", List.of(new ToolCall("toolu_1", "get_weather",
                Map.of("location", "Oslo")))).withProviderData(Map.of("anthropic",
                "[{\"type\":\"thinking\",\"thinking\":\"t\",\"signature\":\"sig==\"}]", "gemini", "{\"toolu_1\":\"g\"}"));

        memory.append(session, RunId.random(), List.of(Message.user("hi"), signed));

        assertThat(memory.history(session)).containsExactly(Message.user("hi"), signed);
    }

    @Test
    void givenAPausedGeminiRun_whenContinued_thenTheStoredThoughtSignatureGoesBackWithTheCall() throws Exception {
        WireMockServer gemini = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        gemini.start();
        try {
            gemini.stubFor(post(urlEqualTo(PATH)).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.contents[?(@.role == 'user')].parts[?(@.functionResponse)]"))
                    .willReturn(sse("turn2-answer.sse")));
            gemini.stubFor(post(urlEqualTo(PATH)).atPriority(2).willReturn(sse("turn1-ask-with-signature.sse")));
            String token = newAccessToken();
            String model = given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .body(Map.of("provider", "gemini", "model_id", "gemini-3-pro-preview", "base_url", gemini.baseUrl(),
                            "api_key", "gm-users-own-key"))
                    .post("/v1/user-settings/models").then().statusCode(201).extract().path("id");
            String id = newSession(token, "gemini signature");
            try (SocketClient client = nativeClient(token)) {
                join(client, id, 0);
                client.await(named("connection.established"), WAIT);
                client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                        "text", "pick a colour for me", "model_id", model))));
                JsonNode paused = event(client.await(named("agent.tool.confirmation"), WAIT));
                assertThat(paused.path("content").path("tools").get(0).path("tool_name").asText())
                        .isEqualTo("ask_user_select");

                client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "continue_run",
                        "run_id", paused.path("run_id").asText(), "confirmed", true, "model_id", model,
                        "user_input", Map.of("selection", "Option B")))));
                assertThat(event(client.await(named("agent.complete"), WAIT)).path("content").path("text").asText())
                        .isEqualTo("You picked Option B.");
            }
            gemini.verify(postRequestedFor(urlEqualTo(PATH))
                    .withRequestBody(matchingJsonPath("$.contents[?(@.role == 'model')].parts[?(@.functionCall)]"
                            + ".thoughtSignature", equalTo(SIGNATURE)))
                    .withRequestBody(matchingJsonPath("$.contents[?(@.role == 'user')].parts[?(@.functionResponse)]"
                            + ".functionResponse.response.output", equalTo("The user chose: Option B"))));
            List<Message> stored = memory.history(new SessionId(java.util.UUID.fromString(id)));
            assertThat(stored).anySatisfy(message -> assertThat(message.providerData().get("gemini")).contains(SIGNATURE));
        } finally {
            gemini.stop();
        }
    }

    private static ResponseDefinitionBuilder sse(String name) {
        try (InputStream in = ThoughtSignatureReplayTest.class.getResourceAsStream("/transcripts/gemini-agent/" + name)) {
            return aResponse().withStatus(200).withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
