package ai.iiagent.e2e.integrations;

import static ai.iiagent.e2e.integrations.ConnectorUsers.PROBLEM;
import static ai.iiagent.e2e.integrations.ConnectorUsers.as;
import static ai.iiagent.e2e.integrations.ConnectorUsers.newAccessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Composio against its REST API v3 on WireMock transcripts: the catalogue, connecting Gmail as a
 * profile (auth config, connected account, Composio's page, completion creating the MCP server and the
 * user's URL), a connection Composio has not activated yet, tool selection, sync into the MCP settings,
 * enable/disable, deletion everywhere, and the ownership matrix (another user's profile is 404 on every
 * id-taking route). The API key and the MCP URL's user never leak into answers other than
 * {@code mcp-config}, nor into the log.
 */
@QuarkusTest
@WithTestResource(ComposioStandIn.class)
class ComposioConnectorTest {

    private static final String BASE = "/v1/connectors/composio";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CapturedLog log;

    @BeforeAll
    static void captureLog() {
        log = CapturedLog.install();
    }

    @AfterAll
    static void theApiKeyWasNeverLogged() {
        assertThat(log.text()).doesNotContain(ComposioStandIn.API_KEY);
    }

    @Test
    void givenTheCatalogue_thenToolkitsToolkitAndActionsComeFromComposio_withTheProjectKey() {
        String token = newAccessToken();
        as(token).when().get(BASE + "/config").then().statusCode(200).body("configured", equalTo(true));
        String page = as(token).when().get(BASE + "/toolkits?search=mail&limit=5").then().statusCode(200)
                .body("items.slug", contains("gmail", "slack")).body("items[0].tools_count", equalTo(61))
                .body("items[0].composio_managed_auth_schemes", contains("OAUTH2")).body("next_cursor", nullValue())
                .extract().asString();
        assertThat(page).doesNotContain(ComposioStandIn.API_KEY);
        var listed = ComposioStandIn.server.findAll(getRequestedFor(urlPathEqualTo(ComposioStandIn.API + "/toolkits")))
                .getLast();
        assertThat(listed.queryParameter("search").firstValue()).isEqualTo("mail");
        assertThat(listed.getHeader("x-api-key")).isEqualTo(ComposioStandIn.API_KEY);

        as(token).when().get(BASE + "/toolkits/gmail").then().statusCode(200).body("name", equalTo("Gmail"))
                .body("categories", contains("collaboration & communication"));
        as(token).when().get(BASE + "/toolkits/gmail/actions").then().statusCode(200)
                .body("actions.slug", contains("GMAIL_SEND_EMAIL", "GMAIL_FETCH_EMAILS"));
        as(token).when().get(BASE + "/toolkits/nosuchkit").then().statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("composio_toolkit_not_found"));
        as(token).when().get(BASE + "/toolkits/gm%20ail").then().statusCode(400).body("code", equalTo("invalid_composio_request"));
        as(token).when().get(BASE + "/toolkits?limit=500").then().statusCode(400).body("code", equalTo("invalid_composio_request"));
    }

    @Test
    void givenGmailConnected_thenCompletionCreatesTheMcpServer_andToolsSyncEnableDisableDeleteFollow() throws Exception {
        String token = newAccessToken();
        String id = connect(token, "gmail", "Work").statusCode(201).body("status", equalTo("pending"))
                .body("redirect_url", equalTo("https://backend.composio.dev/api/v3/s/Gm4iLw0rK"))
                .body("profile.toolkit_name", equalTo("Gmail")).extract().path("profile_id");
        JsonNode initiation = JSON.readTree(ComposioStandIn.server.findAll(postRequestedFor(
                urlEqualTo(ComposioStandIn.API + "/connected_accounts"))).getLast().getBodyAsString());
        assertThat(initiation.path("auth_config").path("id").asText()).isEqualTo(ComposioStandIn.GMAIL_AUTH_CONFIG);
        String composioUser = initiation.path("connection").path("user_id").asText();
        assertThat(composioUser).startsWith("ii-");
        assertThat(initiation.path("connection").path("callback_url").asText()).endsWith("/connectors/composio/callback");
        connect(token, "gmail", "Work").statusCode(409).body("code", equalTo("composio_profile_exists"));
        as(token).when().get(BASE + "/profiles/" + id + "/mcp-config").then().statusCode(409)
                .body("code", equalTo("composio_connection_pending"));

        complete(token, ComposioStandIn.GMAIL_ACCOUNT).statusCode(200).body("status", equalTo("enable"))
                .body("mcp_server_name", equalTo("gmail-Work"));
        JsonNode server = JSON.readTree(ComposioStandIn.server.findAll(postRequestedFor(
                urlEqualTo(ComposioStandIn.API + "/mcp/servers"))).getLast().getBodyAsString());
        assertThat(server.path("auth_config_ids").get(0).asText()).isEqualTo(ComposioStandIn.GMAIL_AUTH_CONFIG);
        assertThat(server.path("name").asText()).matches("ii-[0-9a-f]{24}");
        as(token).when().get(BASE + "/gmail/status").then().statusCode(200).body("connected", equalTo(true))
                .body("profiles", hasSize(1));
        as(token).when().get(BASE + "/profiles?toolkit_slug=gmail").then().statusCode(200).body("profiles.id", contains(id));
        as(token).when().get(BASE + "/profiles/" + id + "/mcp-config").then().statusCode(200)
                .body("mcpServers.'gmail-Work'.url", endsWith("/mcp?user_id=" + composioUser))
                .body("mcpServers.'gmail-Work'.transport", equalTo("http"));

        as(token).body(Map.of("tools", List.of("gmail_send_email"))).when().put(BASE + "/profiles/" + id + "/tools")
                .then().statusCode(200).body("enabled_tools", contains("GMAIL_SEND_EMAIL"));
        ComposioStandIn.server.verify(patchRequestedFor(urlEqualTo(ComposioStandIn.API + "/mcp/" + ComposioStandIn.MCP_SERVER))
                .withRequestBody(matchingJsonPath("$.allowed_tools[0]", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo("GMAIL_SEND_EMAIL"))));
        as(token).body(Map.of("tools", List.of("rm -rf /"))).when().put(BASE + "/profiles/" + id + "/tools")
                .then().statusCode(400).body("code", equalTo("invalid_composio_request"));

        String setting = as(token).when().post(BASE + "/profiles/" + id + "/sync-to-agent").then().statusCode(200)
                .body("synced_to_agent", equalTo(true)).extract().path("mcp_setting_id");
        as(token).when().get("/v1/user-settings/mcp/" + setting).then().statusCode(200).body("is_active", equalTo(true))
                .body("mcp_config.mcpServers.'gmail-Work'.url", endsWith("user_id=" + composioUser))
                .body("metadata.composio_profile_id", equalTo(id));
        as(token).when().post(BASE + "/profiles/" + id + "/disable").then().statusCode(200).body("status", equalTo("disable"));
        as(token).when().get("/v1/user-settings/mcp/" + setting).then().statusCode(200).body("is_active", equalTo(false));
        as(token).when().post(BASE + "/profiles/" + id + "/enable").then().statusCode(200).body("status", equalTo("enable"));
        as(token).when().get("/v1/user-settings/mcp/" + setting).then().statusCode(200).body("is_active", equalTo(true));

        as(token).when().delete(BASE + "/profiles/" + id).then().statusCode(204);
        as(token).when().get("/v1/user-settings/mcp/" + setting).then().statusCode(404);
        as(token).when().get(BASE + "/profiles").then().statusCode(200).body("profiles", hasSize(0));
        for (String path : List.of("/mcp/" + ComposioStandIn.MCP_SERVER, "/connected_accounts/" + ComposioStandIn.GMAIL_ACCOUNT,
                "/auth_configs/" + ComposioStandIn.GMAIL_AUTH_CONFIG)) {
            assertThat(ComposioStandIn.server.findAll(deleteRequestedFor(urlEqualTo(ComposioStandIn.API + path)))).isNotEmpty();
        }
    }

    @Test
    void givenAConnectionComposioHasNotActivated_thenCompletionIsPending_andDisconnectRemovesIt() {
        String token = newAccessToken();
        String id = connect(token, "slack", "Team").statusCode(201).extract().path("profile_id");
        complete(token, ComposioStandIn.SLACK_ACCOUNT).statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("composio_connection_pending"));
        as(token).when().post(BASE + "/profiles/" + id + "/sync-to-agent").then().statusCode(409)
                .body("code", equalTo("composio_connection_pending"));
        as(token).when().get(BASE + "/slack/status").then().statusCode(200).body("connected", equalTo(false))
                .body("profiles[0].status", equalTo("pending"));
        as(token).when().delete(BASE + "/slack?profile_id=" + id).then().statusCode(204);
        as(token).when().get(BASE + "/slack/status").then().statusCode(200).body("profiles", hasSize(0));
        as(token).when().delete(BASE + "/slack").then().statusCode(404).body("code", equalTo("composio_profile_not_found"));
    }

    @Test
    void givenAnotherUsersProfile_thenEveryIdTakingRouteIsNotFound_andTheOwnersProfileIsUntouched() {
        String owner = newAccessToken();
        String id = connect(owner, "gmail", "Mine").statusCode(201).extract().path("profile_id");
        complete(owner, ComposioStandIn.GMAIL_ACCOUNT).statusCode(200);
        String other = newAccessToken();

        List<ValidatableResponse> answers = List.of(
                as(other).when().get(BASE + "/profiles/" + id + "/mcp-config").then(),
                as(other).when().post(BASE + "/profiles/" + id + "/sync-to-agent").then(),
                as(other).when().post(BASE + "/profiles/" + id + "/enable").then(),
                as(other).when().post(BASE + "/profiles/" + id + "/disable").then(),
                as(other).body(Map.of("tools", List.of())).when().put(BASE + "/profiles/" + id + "/tools").then(),
                as(other).when().delete(BASE + "/profiles/" + id).then(),
                as(other).when().delete(BASE + "/gmail?profile_id=" + id).then(),
                complete(other, ComposioStandIn.GMAIL_ACCOUNT));
        answers.forEach(answer -> answer.statusCode(404).contentType(PROBLEM).body("code", equalTo("composio_profile_not_found")));
        as(other).when().get(BASE + "/profiles/" + UUID.randomUUID() + "/mcp-config").then().statusCode(404);
        as(other).when().get(BASE + "/profiles").then().statusCode(200).body("profiles", hasSize(0));
        as(other).when().get(BASE + "/gmail/status").then().statusCode(200).body("profiles", hasSize(0));

        as(owner).when().get(BASE + "/profiles/" + id + "/mcp-config").then().statusCode(200);
        as(owner).when().get(BASE + "/profiles").then().statusCode(200).body("profiles[0].status", equalTo("enable"))
                .body("profiles[0].synced_to_agent", equalTo(false));
    }

    static ValidatableResponse connect(String token, String toolkit, String name) {
        return as(token).body(Map.of("profile_name", name)).when().post(BASE + "/" + toolkit + "/connect").then();
    }

    static ValidatableResponse complete(String token, String connectedAccount) {
        return as(token).body(Map.of("connected_account_id", connectedAccount)).when().post(BASE + "/oauth-complete").then();
    }
}
