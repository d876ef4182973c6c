package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.autoApprovedQuery;
import static ai.iiagent.e2e.realtime.Realtime.joinedClient;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.e2e.integrations.CapturedLog;
import ai.iiagent.e2e.integrations.RevenueCatMcpStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A connected RevenueCat account brings RevenueCat's hosted MCP server into the user's runs, end to
 * end over /ws: the run refreshes a token that is about to expire before it opens the server, offers
 * its tool as {@code mcp_revenuecat_mcp_RC_get_project} and calls it on the refreshed bearer (never the
 * stale one). A user without the connection is not offered the tool; one whose grant RevenueCat refuses
 * is told why in the run, keeps their run, and has to connect again. No token reaches the log.
 */
@QuarkusTest
@WithTestResource(RevenueCatMcpStandIn.class)
class RevenueCatMcpToolsOverSocketTest {

    private static final Duration START = Duration.ofSeconds(60);
    private static final String TOOL = "mcp_revenuecat_mcp_RC_get_project";
    private static final String CALL = "mcp: mcp_RC_get_project {\"project_id\": \"proj1ab2c3d4\"}";
    private static CapturedLog log;

    @BeforeAll
    static void captureLog() {
        log = CapturedLog.install();
    }

    @AfterAll
    static void noTokenWasLogged() {
        List.of(RevenueCatMcpStandIn.SHORT_LIVED, RevenueCatMcpStandIn.REFRESHED, RevenueCatMcpStandIn.REFRESH,
                RevenueCatMcpStandIn.ROTATED_REFRESH, RevenueCatMcpStandIn.DOOMED_REFRESH)
                .forEach(secret -> assertThat(log.text()).doesNotContain(secret));
    }

    @Test
    void givenATokenAboutToExpire_thenTheRunRefreshesIt_andCallsRevenueCatsMcpServerOnTheFreshBearer() throws Exception {
        String token = newAccessToken();
        connect(token, "soon-code");
        int refreshesBefore = refreshes(RevenueCatMcpStandIn.REFRESH);

        try (SocketClient client = joinedClient(token, newSession(token, "revenuecat"))) {
            autoApprovedQuery(client, CALL);
            JsonNode call = event(client.await(named("agent.tool.call"), START)).path("content");
            assertThat(call.path("tool_name").asText()).isEqualTo(TOOL);
            JsonNode result = event(client.await(named("agent.tool.result"), START)).path("content");
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            assertThat(result.path("result").path("text").asText()).contains("MagicWeather");
            client.await(named("agent.stream.complete"), WAIT);
        }
        assertThat(refreshes(RevenueCatMcpStandIn.REFRESH)).isEqualTo(refreshesBefore + 1);
        List<LoggedRequest> mcp = RevenueCatMcpStandIn.server.findAll(postRequestedFor(urlPathEqualTo(
                RevenueCatMcpStandIn.MCP_PATH)));
        assertThat(mcp).isNotEmpty().allSatisfy(request -> assertThat(request.getHeader("Authorization"))
                .isEqualTo("Bearer " + RevenueCatMcpStandIn.REFRESHED));
        RevenueCatMcpStandIn.server.verify(postRequestedFor(urlPathEqualTo(RevenueCatMcpStandIn.MCP_PATH))
                .withRequestBody(matchingJsonPath("$.params.name", equalTo("mcp_RC_get_project"))));
        as(token).when().get("/v1/connectors/revenuecat/status").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void givenNoConnection_thenNoRevenueCatTool_andARefusedRefreshIsToldInTheRun_andTheConnectionIsGone() throws Exception {
        String stranger = newAccessToken();
        try (SocketClient client = joinedClient(stranger, newSession(stranger, "no revenuecat"))) {
            autoApprovedQuery(client, CALL);
            JsonNode done = event(client.await(named("agent.complete"), START)).path("content");
            assertThat(done.path("text").asText()).contains("There is no MCP tool called mcp_RC_get_project");
            client.await(named("agent.stream.complete"), WAIT);
        }

        String doomed = newAccessToken();
        connect(doomed, "doomed-code");
        try (SocketClient client = joinedClient(doomed, newSession(doomed, "expired revenuecat"))) {
            autoApprovedQuery(client, CALL);
            JsonNode notice = event(client.await(named("system.notification"), START)).path("content");
            assertThat(notice.path("code").asText()).isEqualTo("mcp_server_unavailable");
            assertThat(notice.path("server").asText()).isEqualTo("revenuecat");
            assertThat(notice.path("reason").asText()).isEqualTo("connector_authorization_expired");
            JsonNode done = event(client.await(named("agent.complete"), START)).path("content");
            assertThat(done.path("text").asText()).contains("There is no MCP tool called mcp_RC_get_project");
            client.await(named("agent.stream.complete"), WAIT);
        }
        assertThat(refreshes(RevenueCatMcpStandIn.DOOMED_REFRESH)).isEqualTo(1);
        as(doomed).when().get("/v1/connectors/revenuecat/status").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(false));
    }

    private static void connect(String token, String code) {
        String url = as(token).when().get("/v1/connectors/revenuecat/auth-url").then().statusCode(200)
                .extract().path("auth_url");
        String state = java.util.Arrays.stream(URI.create(url).getQuery().split("&"))
                .filter(pair -> pair.startsWith("state=")).findFirst().orElseThrow().substring("state=".length());
        as(token).body(Map.of("code", code, "state", state)).when().post("/v1/connectors/revenuecat/callback")
                .then().statusCode(200).body("connected", org.hamcrest.Matchers.equalTo(true));
    }

    private static int refreshes(String refreshToken) {
        return RevenueCatMcpStandIn.server.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken))).size();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
