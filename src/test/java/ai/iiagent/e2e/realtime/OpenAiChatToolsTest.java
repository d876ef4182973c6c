package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chat mode against an OpenAI-compatible server (WireMock serving recorded streams): the model's
 * streamed code_interpreter call runs in the sandbox, its result goes back in the next request,
 * and the answer after it streams; both turns are billed and their usage summed.
 */
@QuarkusTest
@WithTestResource(OpenAiStandIn.class)
class OpenAiChatToolsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givenAModelThatCallsCodeInterpreter_thenTheCallRuns_andItsResultIsSentBack_andTheAnswerFollows() throws Exception {
        // Chat requests offer code_interpreter (the agent's do not), so these stubs leave the agent scenario alone.
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.tools[?(@.function.name == 'code_interpreter')]"))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
                .willReturn(sse("chat-answer.sse")));
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(2)
                .withRequestBody(matchingJsonPath("$.tools[?(@.function.name == 'code_interpreter')]"))
                .willReturn(sse("chat-tool-call.sse")));
        String token = newAccessToken();

        List<JsonNode> events = events(given().header("Authorization", "Bearer " + token).contentType("application/json")
                .accept("text/event-stream").body(Map.of("content", "what is six times seven?"))
                .post("/v1/chat/conversations").then().statusCode(200).extract().asString());

        JsonNode call = named(events, "tool_call").getFirst();
        assertThat(call.path("id").asText()).isEqualTo("call_py_1");
        assertThat(call.path("name").asText()).isEqualTo("code_interpreter");
        List<JsonNode> calls = named(events, "tool_call");
        assertThat(calls).extracting(e -> e.path("status").asText()).containsExactly("start", "delta", "delta", "stop");
        assertThat(calls.get(1).path("id").asText()).isEqualTo("call_py_1");
        assertThat(calls.get(1).path("delta").asText() + calls.get(2).path("delta").asText())
                .isEqualTo("{\"code\": \"print(6 * 7)\"}");
        assertThat(calls.get(3).path("input").path("code").asText()).isEqualTo("print(6 * 7)");
        JsonNode result = named(events, "tool_result").getFirst();
        assertThat(result.path("output").asText()).isEqualTo("Exit code 0\n42\n");
        String text = String.join("", named(events, "content").stream().filter(e -> e.path("status").asText()
                .equals("delta")).map(e -> e.path("delta").asText()).toList());
        assertThat(text).isEqualTo("Let me run that. The answer is 42.");
        JsonNode usage = named(events, "usage").getFirst();
        assertThat(usage.path("input_tokens").asLong()).isEqualTo(300 + 350 - 128);
        assertThat(usage.path("cache_read_tokens").asLong()).isEqualTo(128);
        assertThat(usage.path("output_tokens").asLong()).isEqualTo(26);
        assertThat(named(events, "complete").getFirst().path("finish_reason").asText()).isEqualTo("stop");

        OpenAiStandIn.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')].tool_call_id", equalTo("call_py_1")))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')].content", equalTo("Exit code 0\n42\n")))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'assistant')].tool_calls[0].function.name",
                        equalTo("code_interpreter"))));
        List<String> models = given().header("Authorization", "Bearer " + token).queryParam("transaction_type",
                "reservation_hold").get("/v1/credits/history").then().extract().jsonPath()
                .getList("transactions.model_id", String.class);
        assertThat(models).containsExactly("gpt-4o-mini", "gpt-4o-mini");
    }

    private static List<JsonNode> named(List<JsonNode> events, String name) {
        return events.stream().filter(event -> event.path("event").asText().equals(name)).map(e -> e.path("data")).toList();
    }

    /** {@code event:} / {@code data:} blocks as {@code {event, data}} nodes. */
    private static List<JsonNode> events(String body) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        String name = null;
        for (String line : (body + "\n\n").lines().toList()) {
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:") && name != null) {
                events.add(JSON.createObjectNode().put("event", name).set("data", JSON.readTree(line.substring(5))));
                name = null;
            }
        }
        return events;
    }

    private static ResponseDefinitionBuilder sse(String name) {
        try (InputStream in = OpenAiChatToolsTest.class.getResourceAsStream("/transcripts/openai-chat/" + name)) {
            return aResponse().withStatus(200).withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
