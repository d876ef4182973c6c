package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.autoApprovedQuery;
import static ai.iiagent.e2e.realtime.Realtime.joinedClient;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.e2e.integrations.ComposioStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Composio profile synced to the agent, end to end: Gmail connected through Composio's API (WireMock
 * transcripts), {@code sync-to-agent} writes it into the user's MCP settings, and in the next run over
 * /ws the agent is offered Composio's hosted MCP server's tool as {@code mcp_gmail-Work_GMAIL_SEND_EMAIL}
 * and calls it over streamable HTTP with the user's URL. Disabled, the tool is gone.
 */
@QuarkusTest
@WithTestResource(ComposioStandIn.class)
class ComposioMcpToolsOverSocketTest {

    private static final Duration START = Duration.ofSeconds(60);
    private static final String TOOL = "mcp_gmail-Work_GMAIL_SEND_EMAIL";

    @Test
    void givenASyncedProfile_thenItsToolIsOfferedAsMcpServerTool_andACallReachesComposiosMcpServer() throws Exception {
        String token = newAccessToken();
        String profile = as(token).body(Map.of("profile_name", "Work")).when()
                .post("/v1/connectors/composio/gmail/connect").then().statusCode(201).extract().path("profile_id");
        as(token).body(Map.of("connected_account_id", ComposioStandIn.GMAIL_ACCOUNT)).when()
                .post("/v1/connectors/composio/oauth-complete").then().statusCode(200);
        as(token).when().post("/v1/connectors/composio/profiles/" + profile + "/sync-to-agent").then().statusCode(200);
        String session = newSession(token, "composio");

        try (SocketClient client = joinedClient(token, session)) {
            autoApprovedQuery(client, "mcp: GMAIL_SEND_EMAIL {\"recipient_email\": \"ada@example.org\", \"body\": \"hi\"}");
            JsonNode call = event(client.await(named("agent.tool.call"), START)).path("content");
            assertThat(call.path("tool_name").asText()).isEqualTo(TOOL);
            JsonNode result = event(client.await(named("agent.tool.result"), START)).path("content");
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            assertThat(result.path("result").path("text").asText()).contains("\"successful\": true").contains("SENT");
            client.await(named("agent.stream.complete"), WAIT);
        }
        ComposioStandIn.server.verify(postRequestedFor(urlPathEqualTo("/v3/mcp/" + ComposioStandIn.MCP_SERVER + "/mcp"))
                .withQueryParam("user_id", com.github.tomakehurst.wiremock.client.WireMock.matching("ii-[0-9a-f-]{36}"))
                .withRequestBody(matchingJsonPath("$.params.name", equalTo("GMAIL_SEND_EMAIL"))));

        as(token).when().post("/v1/connectors/composio/profiles/" + profile + "/disable").then().statusCode(200);
        try (SocketClient client = joinedClient(token, newSession(token, "composio disabled"))) {
            autoApprovedQuery(client, "mcp: GMAIL_SEND_EMAIL {\"body\": \"again\"}");
            JsonNode done = event(client.await(named("agent.complete"), START)).path("content");
            assertThat(done.path("text").asText()).contains("There is no MCP tool called GMAIL_SEND_EMAIL");
            client.await(named("agent.stream.complete"), WAIT);
        }
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
