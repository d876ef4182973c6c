package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run whose model is an OpenAI-compatible server (WireMock): streamed tool-call deltas become a real tool call. */
@QuarkusTest
@WithTestResource(OpenAiStandIn.class)
class OpenAiAgentRunTest {

    @Test
    void givenTheUsersOwnModel_thenTheRunCallsItWithTheirKey_andCostsNoCredits() throws Exception {
        String token = newAccessToken();
        String modelSetting = given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("provider", "openai_compatible", "model_id", "my-llama", "display_name", "My Llama",
                        "base_url", OpenAiStandIn.server.baseUrl() + "/v1", "api_key", "sk-users-own-key"))
                .post("/v1/user-settings/models").then().statusCode(201).extract().path("id");
        String id = newSession(token, "byok");
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "plan my trip", "model_id", modelSetting))));
            assertThat(event(client.await(named("agent.processing"), WAIT)).path("content").path("model").asText())
                    .isEqualTo("my-llama");
            client.await(named("agent.complete"), WAIT);
        }
        OpenAiStandIn.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("authorization", equalTo("Bearer sk-users-own-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("my-llama"))));
        assertThat(given().header("Authorization", "Bearer " + token).get("/v1/credits/balance").then().extract()
                .jsonPath().getFloat("total_credits")).isEqualTo(300.0f);
        assertThat(given().header("Authorization", "Bearer " + token).get("/v1/credits/usage/" + id).then().extract()
                .jsonPath().getInt("calls")).isEqualTo(3); // both turns and the free tool call, each recorded at zero credits
        assertThat(toolsOfferedTo("my-llama")).as("a model of no special family keeps the default file tools")
                .contains("Bash", "BashView", "BashList", "BashWriteToProcess", "Read", "Write", "Edit",
                        "send_user_files", "register_port", "Skill")
                .doesNotContain("apply_patch", "str_replace_based_edit_tool");
    }

    @Test
    void givenAConfiguredProvider_thenItIsTheDefault_andItsStreamedToolCallRunsTheTool() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "openai");
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "plan my trip"))));

            JsonNode processing = event(client.await(named("agent.processing"), WAIT)).path("content");
            assertThat(processing.path("model_provider").asText()).isEqualTo("openai");
            assertThat(processing.path("offline_model").asBoolean()).isFalse();
            JsonNode call = event(client.await(named("agent.tool.call"), WAIT)).path("content");
            assertThat(call.path("tool_call_id").asText()).isEqualTo("call_todo_1");
            assertThat(call.path("tool_input").path("todos").get(0).path("content").asText()).isEqualTo("Book flights");
            assertThat(event(client.await(named("agent.tool.result"), WAIT)).path("content").path("is_error")
                    .asBoolean()).isFalse();
            assertThat(event(client.await(named("agent.complete"), WAIT)).path("content").path("text").asText())
                    .isEqualTo("Your list has one item: book flights.");
        }
        OpenAiStandIn.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("authorization", equalTo("Bearer sk-stand-in"))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')].tool_call_id", equalTo("call_todo_1"))));
        List<String> models = given().header("Authorization", "Bearer " + token).get("/v1/credits/history").then()
                .extract().jsonPath().getList("transactions.model_id", String.class);
        assertThat(models).contains("gpt-4o-mini");
        assertThat(toolsOfferedTo("gpt-4o-mini")).as("GPT models edit with apply_patch (reference 5.10)")
                .contains("Bash", "BashView", "Read", "apply_patch", "send_user_files", "register_port", "Skill")
                .doesNotContain("Write", "Edit", "BashList", "BashWriteToProcess", "str_replace_based_edit_tool");
    }

    /** The tool names of the last request the stand-in got for that model. */
    private static List<String> toolsOfferedTo(String model) {
        return OpenAiStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).stream()
                .map(request -> JsonPath.from(request.getBodyAsString()))
                .filter(body -> model.equals(body.getString("model"))).reduce((first, second) -> second).orElseThrow()
                .getList("tools.function.name", String.class);
    }
}
