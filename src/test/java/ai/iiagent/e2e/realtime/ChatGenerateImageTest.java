package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's chat tool generate_image: a chat answer on an OpenAI-compatible server (WireMock serving
 * recorded streams) calls generate_image, the offline generator draws it into the session's sandbox,
 * the tool result streams, the picture is a real PNG among the session's files, and its price is in
 * the session's usage (held and settled through the reservation path, as for agents).
 */
@QuarkusTest
@WithTestResource(OpenAiStandIn.class)
class ChatGenerateImageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givenAModelThatCallsGenerateImage_thenAPngReachesTheSessionFiles_andItsCostIsInTheUsage() throws Exception {
        String marker = "draw a red fox in the snow " + UUID.randomUUID();
        // Only this test's message carries the marker, so these stubs leave the other stand-in scenarios alone.
        StubMapping answer = OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker))
                .withRequestBody(matchingJsonPath("$.tools[?(@.function.name == 'generate_image')]"))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
                .willReturn(sse("chat-generate-image-answer.sse")));
        StubMapping call = OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(2)
                .withRequestBody(containing(marker))
                .withRequestBody(matchingJsonPath("$.tools[?(@.function.name == 'generate_image')]"))
                .willReturn(sse("chat-generate-image-call.sse")));
        try {
            String token = newAccessToken();

            String body = given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .accept("text/event-stream").body(Map.of("content", marker))
                    .post("/v1/chat/conversations").then().statusCode(200).extract().asString();
            List<JsonNode> events = events(body);

            List<JsonNode> calls = named(events, "tool_call");
            assertThat(calls).extracting(e -> e.path("name").asText()).contains("generate_image");
            JsonNode stop = calls.stream().filter(e -> e.path("status").asText().equals("stop")).findFirst().orElseThrow();
            assertThat(stop.path("input").path("output_path").asText()).isEqualTo("images/fox.png");
            List<JsonNode> results = named(events, "tool_result");
            assertThat(results).hasSize(1);
            JsonNode result = results.getFirst();
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            assertThat(result.path("output").asText()).contains("Generated a 1024x1024 image with offline-image")
                    .contains("/workspace/images/fox.png").contains("The user now has 1 file in this session: fox.png.");
            assertThat(named(events, "complete").getFirst().path("finish_reason").asText()).isEqualTo("stop");
            // the model read the tool result, files sentence included
            OpenAiStandIn.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                    .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')].tool_call_id", equalTo("call_img_1")))
                    .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')].content", containing("fox.png"))));

            String session = sessionIdOf(body);
            JsonPath files = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + session + "/files")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(files.getList("name", String.class)).containsExactly("fox.png");
            byte[] png = given().header("Authorization", "Bearer " + token)
                    .get("/v1/assets/" + files.getString("[0].id") + "/download").then().statusCode(200).extract()
                    .asByteArray();
            assertThat(Arrays.copyOf(png, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            var picture = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(picture.getWidth()).isEqualTo(1024);
            assertThat(picture.getHeight()).isEqualTo(1024);

            JsonPath usage = given().header("Authorization", "Bearer " + token).queryParam("per_page", 100)
                    .get("/v1/credits/usage/" + session).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = usage.getList("items");
            // what the generation took from the balance, net of its hold and release: the offline image price
            double net = items.stream().filter(item -> "generate_image".equals(item.get("tool_name")))
                    .mapToDouble(item -> ((Number) item.get("amount")).doubleValue()).sum();
            assertThat(net).as(items.toString()).isCloseTo(-0.001 * 100 / 1.5, within(0.00001));
            List<String> holds = given().header("Authorization", "Bearer " + token).queryParam("transaction_type",
                    "reservation_hold").get("/v1/credits/history").then().statusCode(200).extract().jsonPath()
                    .getList("transactions.tool_name", String.class);
            assertThat(holds).contains("generate_image");

            String stranger = newAccessToken();
            given().header("Authorization", "Bearer " + stranger).get("/v1/assets/" + files.getString("[0].id")
                    + "/download").then().statusCode(404);
        } finally {
            OpenAiStandIn.server.removeStub(answer);
            OpenAiStandIn.server.removeStub(call);
        }
    }

    private static String sessionIdOf(String sse) {
        String line = sse.lines().filter(l -> l.startsWith("data:") && l.contains("\"session_id\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no session_id in " + sse));
        try {
            return JSON.readTree(line.substring(5)).path("session_id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
        try (InputStream in = ChatGenerateImageTest.class.getResourceAsStream("/transcripts/openai-chat/" + name)) {
            return aResponse().withStatus(200).withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
