package ai.iiagent.adapter.mcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.McpRunScope;
import ai.iiagent.port.out.tools.McpToolset;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MCP client against a streamable-HTTP MCP server on WireMock answering like a real one
 * (JSON-RPC responses as application/json, an Mcp-Session-Id), and the SSRF guard in front of it.
 */
class McpClientAdapterHttpTest {

    private static final McpRunScope SCOPE = new McpRunScope(UserId.random(), new SessionId(UUID.randomUUID()),
            new RunId(UUID.randomUUID()), null);

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlPathEqualTo("/mcp")).withRequestBody(matchingJsonPath("$.method", equalTo("initialize")))
                .willReturn(json("""
                        {"jsonrpc":"2.0","id":"{{jsonPath request.body '$.id'}}","result":{
                         "protocolVersion":"{{jsonPath request.body '$.params.protocolVersion'}}",
                         "capabilities":{"tools":{"listChanged":false}},
                         "serverInfo":{"name":"wiremock-search","version":"0.3.1"}}}""")
                        .withHeader("Mcp-Session-Id", "sess-7f3a")));
        server.stubFor(post(urlPathEqualTo("/mcp")).withRequestBody(matchingJsonPath("$.method",
                equalTo("notifications/initialized"))).willReturn(aResponse().withStatus(202)));
        server.stubFor(post(urlPathEqualTo("/mcp")).withRequestBody(matchingJsonPath("$.method", equalTo("tools/list")))
                .willReturn(json("""
                        {"jsonrpc":"2.0","id":"{{jsonPath request.body '$.id'}}","result":{"tools":[
                         {"name":"search","description":"Search the web.","inputSchema":{"type":"object",
                          "properties":{"query":{"type":"string"}},"required":["query"]}},
                         {"name":"get.page/v2","inputSchema":{"type":"object"}}]}}""")));
        server.stubFor(post(urlPathEqualTo("/mcp")).withRequestBody(matchingJsonPath("$.method", equalTo("tools/call")))
                .willReturn(json("""
                        {"jsonrpc":"2.0","id":"{{jsonPath request.body '$.id'}}","result":{"content":[
                         {"type":"text","text":"3 results for {{jsonPath request.body '$.params.arguments.query'}}"}],
                         "isError":false}}""")));
        server.stubFor(get(urlPathEqualTo("/mcp")).willReturn(aResponse().withStatus(405)));
        server.stubFor(any(urlPathEqualTo("/mcp")).atPriority(10).willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenAStreamableHttpServer_thenItsToolsBecomeAgentTools_andACallReturnsItsText_withTheUsersHeaders() throws Exception {
        McpClientAdapter adapter = adapter(true);
        try (McpToolset toolset = adapter.open(SCOPE, List.of(remote("search", server.baseUrl() + "/mcp", null)))) {
            assertThat(toolset.problems()).isEmpty();
            assertThat(toolset.tools()).extracting(tool -> tool.spec().name())
                    .containsExactly("mcp_search_search", "mcp_search_get_page_v2");
            AgentTool search = toolset.tools().get(0);
            assertThat(search.policy()).isEqualTo(ToolPolicy.REQUIRES_CONFIRMATION);
            assertThat(search.spec().description()).isEqualTo("[MCP server search] Search the web.");
            assertThat(search.spec().parameters()).containsEntry("required", List.of("query"));
            assertThat(toolset.tools().get(1).spec().parameters()).containsEntry("properties", Map.of());

            ToolOutcome outcome = search.run(new ToolInvocation(SCOPE.userId(), SCOPE.sessionId(), SCOPE.runId(), "call_1",
                    Map.of("query", "hexagonal architecture"), Map.of()));

            assertThat(outcome.error()).isFalse();
            assertThat(outcome.text()).isEqualTo("3 results for hexagonal architecture");
            assertThat(outcome.display()).containsEntry("server", "search").containsEntry("tool", "search");
        }
        server.verify(postRequestedFor(urlPathEqualTo("/mcp")).withRequestBody(matchingJsonPath("$.method",
                equalTo("tools/call"))).withHeader("Authorization", equalTo("Bearer user-token"))
                .withHeader("Mcp-Session-Id", equalTo("sess-7f3a")));
        assertThat(server.findAll(anyRequestedFor(urlPathEqualTo("/mcp")))).allSatisfy(request ->
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer user-token"));
    }

    @Test
    void givenAServerOnThisMachine_whenPrivateAddressesAreNotAllowed_thenItIsRefusedBeforeAnyRequest() {
        try (McpToolset toolset = adapter(false).open(SCOPE, List.of(remote("search", server.baseUrl() + "/mcp", null),
                remote("meta", "http://169.254.169.254/latest/meta-data", "sse")))) {
            assertThat(toolset.tools()).isEmpty();
            assertThat(toolset.problems()).extracting(problem -> problem.server() + ":" + problem.code())
                    .containsExactly("search:mcp_url_refused", "meta:mcp_url_refused");
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void givenAServerThatAnswersErrors_thenItIsAProblem_andTheOthersStillWork() {
        server.stubFor(post(urlPathEqualTo("/down")).willReturn(aResponse().withStatus(503)));
        try (McpToolset toolset = adapter(true).open(SCOPE, List.of(remote("down", server.baseUrl() + "/down", null),
                remote("search", server.baseUrl() + "/mcp", null)))) {
            assertThat(toolset.tools()).extracting(tool -> tool.spec().name()).contains("mcp_search_search");
            assertThat(toolset.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.server()).isEqualTo("down");
                assertThat(problem.code()).isEqualTo("mcp_start_failed");
            });
        }
    }

    private static McpClientAdapter adapter(boolean allowPrivate) {
        return new McpClientAdapter(new McpClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 64, allowPrivate),
                StdioLauncher.refusing("not in this test"), new ObjectMapper(), "test");
    }

    private static McpServerSpec remote(String name, String url, String transport) {
        return new McpServerSpec(name, null, null, null, url, Map.of("Authorization", "Bearer user-token"), transport);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)
                .withTransformers("response-template");
    }
}
