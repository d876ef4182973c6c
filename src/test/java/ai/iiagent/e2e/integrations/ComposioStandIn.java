package ai.iiagent.e2e.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Composio on WireMock: its REST API v3 under {@code /api/v3} (toolkits, tools, auth configs, connected
 * accounts, MCP servers) answering with the transcripts under {@code transcripts/composio/} and refusing
 * any other API key, plus the Composio-hosted MCP server the generated URL points at (streamable HTTP
 * JSON-RPC: initialize, tools/list, tools/call as Composio's MCP answers them). Gmail's connected
 * account is active once created; Slack's stays initiated.
 */
public class ComposioStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "ak_c0mp0sioTestProjectKey_9f8e7d6c5b4a";
    public static final String MCP_SERVER = "3f8b2c1d-9e4a-4b7f-8c2d-6a5e1f0b9d73";
    public static final String GMAIL_ACCOUNT = "ca_gm4IlW0rk3kd";
    public static final String SLACK_ACCOUNT = "ca_sl4ckPend1ng";
    public static final String GMAIL_AUTH_CONFIG = "ac_gm4Il0aUth7xQ";
    static final String API = "/api/v3";

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(any(urlPathMatching(API + "/.*")).atPriority(1)
                .withHeader("x-api-key", com.github.tomakehurst.wiremock.client.WireMock.notContaining(API_KEY))
                .willReturn(json(401, "invalid-api-key.json")));
        server.stubFor(get(urlPathEqualTo(API + "/toolkits")).willReturn(json(200, "toolkits.json")));
        server.stubFor(get(urlEqualTo(API + "/toolkits/gmail")).willReturn(json(200, "toolkit-gmail.json")));
        server.stubFor(get(urlEqualTo(API + "/toolkits/slack")).willReturn(json(200, "toolkit-slack.json")));
        server.stubFor(get(urlPathMatching(API + "/toolkits/[^/]+")).atPriority(9).willReturn(json(404, "toolkit-not-found.json")));
        server.stubFor(get(urlPathEqualTo(API + "/tools")).withQueryParam("toolkit_slug", equalTo("gmail"))
                .willReturn(json(200, "tools-gmail.json")));
        server.stubFor(post(urlEqualTo(API + "/auth_configs")).withRequestBody(matchingJsonPath("$.toolkit.slug", equalTo("gmail")))
                .willReturn(json(201, "auth-config-gmail.json")));
        server.stubFor(post(urlEqualTo(API + "/auth_configs")).withRequestBody(matchingJsonPath("$.toolkit.slug", equalTo("slack")))
                .willReturn(json(201, "auth-config-slack.json")));
        server.stubFor(post(urlEqualTo(API + "/connected_accounts")).withRequestBody(containing(GMAIL_AUTH_CONFIG))
                .willReturn(json(201, "connected-account-gmail-initiated.json")));
        server.stubFor(post(urlEqualTo(API + "/connected_accounts")).withRequestBody(containing("ac_sl4ckAuth9zR"))
                .willReturn(json(201, "connected-account-slack-initiated.json")));
        server.stubFor(get(urlEqualTo(API + "/connected_accounts/" + GMAIL_ACCOUNT))
                .willReturn(json(200, "connected-account-gmail-active.json")));
        server.stubFor(get(urlEqualTo(API + "/connected_accounts/" + SLACK_ACCOUNT))
                .willReturn(json(200, "connected-account-slack-initiated-get.json")));
        server.stubFor(delete(urlPathMatching(API + "/(connected_accounts|auth_configs|mcp)/[^/]+"))
                .willReturn(json(200, "deleted.json")));
        server.stubFor(post(urlEqualTo(API + "/mcp/servers")).willReturn(json(201, "mcp-server-created.json")));
        server.stubFor(patch(urlEqualTo(API + "/mcp/" + MCP_SERVER)).willReturn(json(200, "mcp-server-updated.json")));
        server.stubFor(post(urlEqualTo(API + "/mcp/servers/generate")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(text("mcp-generate.json").replace("https://backend.composio.dev", server.baseUrl())
                        .replace("user_id=USER_ID", "user_id={{jsonPath request.body '$.user_ids[0]'}}"))
                .withTransformers("response-template")));
        mcpServer();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connectors.composio.api-key", API_KEY);
        config.put("connectors.composio.api-base", server.baseUrl() + API);
        config.put("app.mcp.allow-private-urls", "true");
        return config;
    }

    /** The MCP endpoint of Composio's hosted server for our MCP server id. */
    private static void mcpServer() {
        HostedMcpStubs.stub(server, "/v3/mcp/" + MCP_SERVER + "/mcp", "Composio MCP Server", "c0mp-5e55-10n", """
                [{"name":"GMAIL_SEND_EMAIL","description":"Sends an email via gmail api using the authenticated user's google profile display name.",
                  "inputSchema":{"type":"object","properties":{"recipient_email":{"type":"string"},
                  "subject":{"type":"string"},"body":{"type":"string"}},"required":["body"]},
                  "annotations":{"title":"Send Email","readOnlyHint":false,"destructiveHint":false}}]""", """
                {"content":[
                 {"type":"text","text":"{\\"successful\\": true, \\"data\\": {\\"id\\": \\"19ad4c2be05f6a1b\\", \\"threadId\\": \\"19ad4c2be05f6a1b\\", \\"labelIds\\": [\\"SENT\\"]}, \\"error\\": null}"}],
                 "isError":false}""");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static ResponseDefinitionBuilder json(int status, String name) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(text(name));
    }

    static String text(String name) {
        try (InputStream in = ComposioStandIn.class.getResourceAsStream("/transcripts/composio/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
