package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The research tools in agent runs over {@code /ws}, the offline model calling them, against the
 * WireMock SearXNG and site of {@link WebStandIn}, with the ledger in PostgreSQL (docs/tools-web.md).
 */
@QuarkusTest
@WithTestResource(WebStandIn.class)
class ResearchToolsAgentRunTest {

    @Test
    void givenABatchOfTwoQueries_oneUnknownToTheProvider_thenEachQueryHeldItsOwnReservation_andTheFailureIsReported()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "batch");
        try (SocketClient client = joined(token, id)) {
            query(client, "batch search: java virtual threads; project loom");

            JsonNode call = event(client.await(named("agent.tool.call"), WAIT)).path("content");
            assertThat(call.path("tool_name").asText()).isEqualTo("web_batch_search");
            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("is_error").asBoolean()).isFalse();
            JsonNode searches = result.path("result").path("searches");
            assertThat(searches.get(0).path("results")).hasSize(4);
            assertThat(searches.get(1).path("error").asText()).contains("404");
            assertThat(result.path("result").path("failed").asInt()).isEqualTo(1);
            client.await(named("agent.complete"), WAIT);
        }
        JsonPath holds = history(token, "reservation_hold");
        // $0.003 per search = 0.2 credits, once per query; the call itself holds nothing
        assertThat(holds.getList("transactions.findAll { it.tool_name == 'web_batch_search' }.amount", Float.class))
                .containsExactly(-0.2f, -0.2f); // (a zero hold writes no ledger row)
    }

    @Test
    void givenAVisitWithAPrompt_thenTheExtractionModelAnswers_andIsBilledAsAModelCallOfTheRun() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "extract");
        try (SocketClient client = joined(token, id)) {
            query(client, "visit: " + WebStandIn.base() + "/blog/threads ask: what does blocking I/O pin?");

            JsonNode call = event(client.await(named("agent.tool.call"), WAIT)).path("content");
            assertThat(call.path("tool_input").path("prompt").asText()).isEqualTo("what does blocking I/O pin?");
            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("is_error").asBoolean()).isFalse();
            assertThat(result.path("result").path("extracted").asBoolean()).isTrue();
            assertThat(result.path("result").path("content").asText()).contains("Blocking I/O no longer pins an OS thread.")
                    .doesNotContain("| platform |");
            client.await(named("agent.complete"), WAIT);
        }
        JsonPath holds = history(token, "reservation_hold");
        // The two turns of the run and the extraction between them: three model holds, all for this session.
        assertThat(new java.util.HashSet<>(holds.getList(
                "transactions.findAll { it.model_id == 'offline-demo' }.reservation_id", String.class))).hasSize(3);
        assertThat(holds.getList("transactions.findAll { it.model_id == 'offline-demo' }.session_id", String.class))
                .containsOnly(id);
    }

    @Test
    void givenPagesToCompress_oneRedirectingInside_andAnImage_thenThePagesAreCompressed_theRefusalReported_andTheImageSaved()
            throws Exception {
        WebStandIn.server.stubFor(get(urlEqualTo("/img/dot.png")).willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(png())));
        String token = newAccessToken();
        String id = newSession(token, "compress");
        try (SocketClient client = joined(token, id)) {
            query(client, "compress: " + WebStandIn.base() + "/blog/threads " + WebStandIn.base()
                    + "/innocent-link for: virtual threads");

            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("is_error").asBoolean()).isFalse();
            JsonNode pages = result.path("result").path("pages");
            assertThat(pages.get(0).path("content").asText()).contains("Virtual threads");
            assertThat(pages.get(1).path("error").asText()).contains("169.254.169.254");
            client.await(named("agent.complete"), WAIT);
        }
        String imageSession = newSession(token, "image");
        try (SocketClient client = joined(token, imageSession)) {
            query(client, "fetch image: " + WebStandIn.base() + "/img/dot.png");

            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            assertThat(result.path("result").path("media_type").asText()).isEqualTo("image/png");
            assertThat(result.path("result").path("path").asText()).startsWith("/workspace/downloads/images/dot-");
            client.await(named("agent.complete"), WAIT);
        }
    }

    private static JsonPath history(String token, String type) {
        return given().header("Authorization", "Bearer " + token).queryParam("transaction_type", type)
                .queryParam("per_page", 100).get("/v1/credits/history").then().statusCode(200).extract().jsonPath();
    }

    private static byte[] png() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    // fast_research is a type that lists every research tool (AgentTypes); general offers only web_visit of them
    private static void query(SocketClient client, String text) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content",
                Map.of("command", "query", "text", text, "agent_type", "fast_research"))));
    }
}
