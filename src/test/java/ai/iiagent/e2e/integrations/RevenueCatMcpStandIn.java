package ai.iiagent.e2e.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
 * RevenueCat's OAuth server and its hosted MCP server ({@code mcp.revenuecat.ai/mcp}, streamable HTTP)
 * on one WireMock. The code {@code soon-code} grants a token that expires in 60 s (inside the refresh
 * margin), whose refresh answers {@code refreshed.json}; {@code doomed-code} grants one whose refresh
 * RevenueCat refuses ({@code invalid_grant}). The MCP server answers only the refreshed token.
 */
public class RevenueCatMcpStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String SHORT_LIVED = "atk_rc0AuthShortLivedAccess2d7f91c4e6b8a0";
    public static final String REFRESHED = "atk_rc0AuthRefreshedAccess3f9a2c71e8d4b0";
    public static final String REFRESH = "rtk_rc0AuthRefreshToken5b2d8e61f0c4a9";
    public static final String ROTATED_REFRESH = "rtk_rc0AuthRotatedRefresh8e4b1f6c2a9d73";
    public static final String DOOMED_REFRESH = "rtk_rc0AuthRevokedRefresh0a6e2c9d4f71b3";
    public static final String MCP_PATH = "/mcp";

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/oauth2/token")).withRequestBody(containing("code=soon-code"))
                .willReturn(json(200, "token-expiring.json")));
        server.stubFor(post(urlEqualTo("/oauth2/token")).withRequestBody(containing("code=doomed-code"))
                .willReturn(json(200, "token-expiring-revoked.json")));
        server.stubFor(post(urlEqualTo("/oauth2/token")).withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + REFRESH)).willReturn(json(200, "refreshed.json")));
        server.stubFor(post(urlEqualTo("/oauth2/token")).withRequestBody(containing("refresh_token=" + DOOMED_REFRESH))
                .willReturn(json(400, "invalid-grant.json")));
        server.stubFor(get(urlEqualTo("/v2/projects?limit=1")).willReturn(json(200, "projects.json")));
        mcpServer();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connectors.revenuecat.client-id", "rc_oauth_client_7f3e2a");
        config.put("connectors.revenuecat.client-secret", "rcs_ClientSecretForTests0123456789abcdef");
        config.put("connectors.revenuecat.authorize-url", "https://api.revenuecat.example/oauth2/authorize");
        config.put("connectors.revenuecat.token-url", server.baseUrl() + "/oauth2/token");
        config.put("connectors.revenuecat.revoke-url", server.baseUrl() + "/oauth2/revoke");
        config.put("connectors.revenuecat.api-base", server.baseUrl());
        config.put("connectors.revenuecat.mcp-url", server.baseUrl() + MCP_PATH);
        config.put("app.mcp.allow-private-urls", "true");
        return config;
    }

    /** The hosted MCP server: initialize, tools/list with one read tool, tools/call; 401 for any other bearer. */
    private static void mcpServer() {
        server.stubFor(any(urlPathEqualTo(MCP_PATH)).atPriority(1)
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.notContaining(REFRESHED))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate",
                        "Bearer resource_metadata=\"https://mcp.revenuecat.ai/.well-known/oauth-protected-resource\"")));
        HostedMcpStubs.stub(server, MCP_PATH, "RevenueCat MCP", "rc-mcp-5e55-10n", """
                [{"name":"mcp_RC_get_project","description":"Get the details of a RevenueCat project",
                  "inputSchema":{"type":"object","properties":{"project_id":{"type":"string"}},"required":["project_id"]},
                  "annotations":{"title":"Get project","readOnlyHint":true}}]""", """
                {"content":[
                 {"type":"text","text":"{\\"object\\":\\"project\\",\\"id\\":\\"proj1ab2c3d4\\",\\"name\\":\\"MagicWeather\\",\\"created_at\\":1658399423658}"}],
                 "isError":false}""");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static ResponseDefinitionBuilder json(int status, String name) {
        try (InputStream in = RevenueCatMcpStandIn.class.getResourceAsStream("/transcripts/revenuecat/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
