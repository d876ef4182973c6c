package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A conversation's advanced mode against an OpenAI-compatible server (WireMock): once set, the next
 * turn's request carries its temperature, reasoning effort and system prompt, and offers only the
 * tools it leaves on; bad settings are refused, and another user's conversation is not found.
 */
@QuarkusTest
@WithTestResource(OpenAiStandIn.class)
class ChatAdvancedModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givenAdvancedMode_thenTheNextTurnUsesItsSamplingSystemPromptAndTools() throws Exception {
        String marker = "advmode-" + UUID.randomUUID();
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker)).willReturn(sse("chat-answer.sse")));
        String token = newAccessToken();
        String first = send(token, Map.of("content", "first " + marker));
        String sessionId = sessionIdOf(first);
        JsonNode before = requestWith("first " + marker);
        assertThat(before.has("temperature")).isFalse();
        assertThat(before.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(names(before)).contains("code_interpreter");

        as(token).get(path(sessionId)).then().statusCode(200).body("temperature", nullValue())
                .body("system_prompt", nullValue()).body("tools", equalTo(Map.of()));
        as(token).contentType(ContentType.JSON).body(Map.of("temperature", 0.3, "reasoning_effort", "low",
                        "tools", Map.of("code_interpreter", false), "system_prompt", "Answer like a pirate."))
                .post(path(sessionId)).then().statusCode(200).body("temperature", equalTo(0.3f))
                .body("reasoning_effort", equalTo("low")).body("tools.code_interpreter", equalTo(false))
                .body("system_prompt", equalTo("Answer like a pirate."));
        as(token).get(path(sessionId)).then().statusCode(200).body("reasoning_effort", equalTo("low"))
                .body("system_prompt", equalTo("Answer like a pirate."));

        String second = send(token, Map.of("content", "second " + marker, "session_id", sessionId));

        assertThat(second).contains("event:complete").doesNotContain("event:error");
        JsonNode after = requestWith("second " + marker);
        assertThat(after.path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(after.path("reasoning_effort").asText()).isEqualTo("low");
        assertThat(after.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(after.path("messages").get(0).path("content").asText()).isEqualTo("Answer like a pirate.");
        assertThat(names(after)).doesNotContain("code_interpreter");

        // The message's own switch wins over the conversation's.
        send(token, Map.of("content", "third " + marker, "session_id", sessionId, "tools", Map.of("code_interpreter", true)));
        assertThat(names(requestWith("third " + marker))).contains("code_interpreter");
    }

    @Test
    void givenBadSettings_thenTheyAreRefused_andTheSavedOnesStay() {
        String marker = "advmode-bad-" + UUID.randomUUID();
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker)).willReturn(sse("chat-answer.sse")));
        String token = newAccessToken();
        String sessionId = sessionIdOf(send(token, Map.of("content", marker)));
        as(token).contentType(ContentType.JSON).body(Map.of("temperature", 1.0)).post(path(sessionId)).then()
                .statusCode(200);

        as(token).contentType(ContentType.JSON).body(Map.of("temperature", 2.5)).post(path(sessionId)).then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid_chat_settings"));
        as(token).contentType(ContentType.JSON).body(Map.of("reasoning_effort", "extreme")).post(path(sessionId)).then()
                .statusCode(400).body("code", equalTo("invalid_chat_settings"));
        as(token).contentType(ContentType.JSON).body(Map.of("tools", Map.of("no_such_tool", true))).post(path(sessionId))
                .then().statusCode(400).body("code", equalTo("invalid_chat_settings"));
        as(token).contentType(ContentType.JSON).body(Map.of("model_id", "no-such-model-" + UUID.randomUUID()))
                .post(path(sessionId)).then().statusCode(400).body("code", equalTo("unknown_model"));
        as(token).contentType(ContentType.JSON).body(Map.of("system_prompt", "x".repeat(20_001))).post(path(sessionId))
                .then().statusCode(400).body("code", equalTo("invalid_chat_settings"));

        as(token).get(path(sessionId)).then().statusCode(200).body("temperature", equalTo(1.0f));
    }

    @Test
    void givenAnotherUsersOrAnAgentOrAnUnknownSession_thenAdvancedModeIsNotFound() {
        String marker = "advmode-own-" + UUID.randomUUID();
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker)).willReturn(sse("chat-answer.sse")));
        String owner = newAccessToken();
        String sessionId = sessionIdOf(send(owner, Map.of("content", marker)));
        String stranger = newAccessToken();

        as(stranger).get(path(sessionId)).then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("session_not_found"));
        as(stranger).contentType(ContentType.JSON).body(Map.of("system_prompt", "mine now")).post(path(sessionId))
                .then().statusCode(404).body("code", equalTo("session_not_found"));
        as(owner).get(path(UUID.randomUUID().toString())).then().statusCode(404);
        as(owner).get(path("not-a-uuid")).then().statusCode(404);
        String agentSession = Realtime.newSession(owner, "agent work");
        as(owner).get(path(agentSession)).then().statusCode(404).body("code", equalTo("session_not_found"));
        given().get(path(sessionId)).then().statusCode(401);

        as(owner).get(path(sessionId)).then().statusCode(200).body("system_prompt", nullValue());
    }

    private static String path(String sessionId) {
        return "/v1/chat/conversations/" + sessionId + "/advanced-mode";
    }

    private static JsonNode requestWith(String text) throws IOException {
        List<LoggedRequest> found = OpenAiStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing(text)));
        assertThat(found).hasSize(1);
        return JSON.readTree(found.getFirst().getBodyAsString());
    }

    private static List<String> names(JsonNode request) {
        return request.path("tools").findValuesAsText("name");
    }

    private static String send(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).accept("text/event-stream").body(body)
                .post("/v1/chat/conversations").then().statusCode(200).extract().asString();
    }

    private static String sessionIdOf(String sse) {
        String line = sse.lines().filter(l -> l.startsWith("data:") && l.contains("\"session_id\"")).findFirst()
                .orElseThrow();
        try {
            return JSON.readTree(line.substring(5)).path("session_id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static ResponseDefinitionBuilder sse(String name) {
        try (InputStream in = ChatAdvancedModeTest.class.getResourceAsStream("/transcripts/openai-chat/" + name)) {
            return aResponse().withStatus(200).withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
