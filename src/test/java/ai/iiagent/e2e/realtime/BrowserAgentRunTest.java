package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The browser agent over the real socket with the offline model: "browse: URL" opens the page in the
 * server's headless Chromium (behind the egress proxy), numbers its elements, and the session gets
 * {@code media.browser_screenshot} events whose screenshots are session files; each call is held and
 * billed at the browser's price; the page's attempts on a loopback canary reach nothing.
 */
@QuarkusTest
@WithTestResource(BrowserStandIn.class)
class BrowserAgentRunTest {

    @Test
    void givenBrowseRequest_whenTheBrowserAgentRuns_thenItNavigatesShowsTheLiveViewAndIsBilledPerCall() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "browser agent");
        String url = BrowserStandIn.url("/shop.html");
        try (SocketClient client = joined(token, id)) {
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "browse: " + url, "agent_type", "browser"))));

            JsonNode call = event(client.await(named("agent.tool.call"), WAIT)).path("content");
            assertThat(call.path("tool_name").asText()).isEqualTo("browser_navigation");
            JsonNode result = event(client.await(named("agent.tool.result"), WAIT.multipliedBy(3))).path("content");
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            assertThat(result.path("result").path("title").asText()).isEqualTo("Corner shop");
            JsonNode view = event(client.await(named("media.browser_screenshot"), WAIT)).path("content");
            assertThat(view.path("url").asText()).isEqualTo(url);
            assertThat(view.path("title").asText()).isEqualTo("Corner shop");
            assertThat(view.path("tool_name").asText()).isEqualTo("browser_navigation");
            assertThat(view.path("screenshot").path("content_type").asText()).isEqualTo("image/jpeg");
            assertThat(view.path("screenshot").path("url").asText()).isNotBlank();

            JsonNode numbered = event(client.await(named("agent.tool.call"), WAIT)).path("content");
            assertThat(numbered.path("tool_name").asText()).isEqualTo("browser_view_interactive_elements");
            client.await(named("media.browser_screenshot"), WAIT.multipliedBy(3));
            JsonNode done = event(client.await(named("agent.complete"), WAIT.multipliedBy(3))).path("content");
            assertThat(done.path("text").asText()).contains("Corner shop");
        }
        List<String> files = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id + "/files")
                .then().statusCode(200).extract().jsonPath().getList("content_type", String.class);
        assertThat(files).hasSize(2).containsOnly("image/jpeg");
        JsonPath holds = given().header("Authorization", "Bearer " + token)
                .queryParam("transaction_type", "reservation_hold").get("/v1/credits/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(holds.getList("transactions.tool_name", String.class))
                .contains("browser_navigation", "browser_view_interactive_elements");
        // $0.003 per browser call = 0.2 credits, held before the call
        assertThat(holds.getList("transactions.findAll { it.tool_name == 'browser_navigation' }.amount", Float.class))
                .containsExactly(-0.2f);
        assertThat(BrowserStandIn.CANARY_CONNECTIONS.get()).isZero();
        given().header("Authorization", "Bearer " + newAccessToken()).get("/v1/sessions/" + id + "/files").then()
                .statusCode(404);
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }
}
