package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agent runs that use the web tools, against a SearXNG and a web site played by WireMock (docs/tools-web.md). */
@QuarkusTest
@WithTestResource(WebStandIn.class)
class WebToolsAgentRunTest {

    @Test
    void givenASearchRequest_thenTheAgentSearchesTheConfiguredProvider_andTheResultsReachTheAnswer_paidPerCall()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "web search");
        try (SocketClient client = joined(token, id)) {
            query(client, "search: java virtual threads");

            JsonNode call = event(client.await(named("agent.tool.call"), WAIT)).path("content");
            assertThat(call.path("tool_name").asText()).isEqualTo("web_search");
            assertThat(call.path("tool_input").path("query").asText()).isEqualTo("java virtual threads");
            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("is_error").asBoolean()).isFalse();
            assertThat(result.path("result").path("provider").asText()).isEqualTo("searxng");
            assertThat(result.path("result").path("results")).hasSize(4);
            assertThat(result.path("result").path("results").get(0).path("url").asText())
                    .isEqualTo("https://openjdk.org/jeps/444");
            JsonNode done = event(client.await(named("agent.complete"), WAIT)).path("content");
            assertThat(done.path("text").asText()).contains("web_search said", "JEP 444: Virtual Threads",
                    "https://docs.oracle.com/en/java/javase/21/core/virtual-threads.html");
        }
        WebStandIn.server.verify(getRequestedFor(urlPathEqualTo("/search")));
        JsonPath history = given().header("Authorization", "Bearer " + token)
                .queryParam("transaction_type", "reservation_hold").get("/v1/credits/history").then().statusCode(200)
                .extract().jsonPath();
        // $0.003 per search = 0.2 credits, held before the call like each model turn
        assertThat(history.getList("transactions.tool_name", String.class)).contains("web_search");
        assertThat(history.getList("transactions.findAll { it.tool_name == 'web_search' }.amount", Float.class))
                .containsExactly(-0.2f);
    }

    @Test
    void givenAVisit_thenThePageComesBackAsMarkdown() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "web visit");
        try (SocketClient client = joined(token, id)) {
            query(client, "visit: " + WebStandIn.base() + "/blog/threads");

            assertThat(event(client.await(named("agent.tool.call"), WAIT)).path("content").path("tool_name").asText())
                    .isEqualTo("web_visit");
            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("is_error").asBoolean()).isFalse();
            assertThat(result.path("result").path("title").asText()).startsWith("Virtual threads in practice");
            assertThat(result.path("result").path("content").asText()).startsWith("# Virtual threads in practice")
                    .contains("## What changes").doesNotContain("gtag");
            assertThat(event(client.await(named("agent.complete"), WAIT)).path("content").path("text").asText())
                    .contains("web_visit said", "Virtual threads in practice");
        }
    }

    @Test
    void givenALinkThatRedirectsToTheCloudMetadataAddress_orAnInternalUrl_thenTheVisitIsRefused_andTheRunCompletes()
            throws Exception {
        String token = newAccessToken();
        for (String url : List.of(WebStandIn.base() + "/innocent-link", "http://169.254.169.254/latest/meta-data/",
                "http://0x7f.1:" + WebStandIn.server.port() + "/blog/threads")) {
            String id = newSession(token, "ssrf");
            try (SocketClient client = joined(token, id)) {
                query(client, "visit: " + url);

                JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
                assertThat(result.path("is_error").asBoolean()).as(url).isTrue();
                assertThat(result.path("result").toString()).as(url).contains("destination_refused");
                client.await(named("agent.complete"), WAIT);
            }
            assertThat(given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id + "/events").then()
                    .extract().jsonPath().getString("run_status")).as(url).isEqualTo("completed");
        }
    }

    @Test
    void givenTheConfiguredProviderHasImages_thenImageSearchIsOffered_andFindsThem() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "images");
        try (SocketClient client = joined(token, id)) {
            query(client, "images: aurora borealis");

            assertThat(event(client.await(named("agent.tool.call"), WAIT)).path("content").path("tool_name").asText())
                    .isEqualTo("image_search");
            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("is_error").asBoolean()).isFalse();
            assertThat(result.path("result").path("images")).hasSize(3);
            assertThat(result.path("result").path("images").get(1).path("width").asInt()).isEqualTo(1920);
            client.await(named("agent.complete"), WAIT);
        }
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    private static void query(SocketClient client, String text) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text", text))));
    }
}
