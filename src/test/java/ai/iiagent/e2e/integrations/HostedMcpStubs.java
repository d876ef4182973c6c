package ai.iiagent.e2e.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * A provider's hosted MCP server over streamable HTTP on WireMock: {@code initialize} (echoing the
 * client's protocol version, with a session id), {@code notifications/initialized}, {@code tools/list}
 * and {@code tools/call} answered as JSON (not SSE), {@code GET} refused with 405 (no server stream).
 */
final class HostedMcpStubs {

    private HostedMcpStubs() {
    }

    /**
     * @param tools      the JSON array of {@code tools/list}
     * @param callResult the JSON object {@code result} of every {@code tools/call}
     */
    static void stub(WireMockServer server, String path, String serverName, String sessionId, String tools,
                     String callResult) {
        server.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.method", equalTo("initialize")))
                .willReturn(rpc("""
                        {"jsonrpc":"2.0","id":"{{jsonPath request.body '$.id'}}","result":{
                         "protocolVersion":"{{jsonPath request.body '$.params.protocolVersion'}}",
                         "capabilities":{"tools":{"listChanged":false}},
                         "serverInfo":{"name":"%s","version":"1.0.0"}}}""".formatted(serverName))
                        .withHeader("Mcp-Session-Id", sessionId)));
        server.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.method",
                equalTo("notifications/initialized"))).willReturn(aResponse().withStatus(202)));
        server.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.method", equalTo("tools/list")))
                .willReturn(rpc("{\"jsonrpc\":\"2.0\",\"id\":\"{{jsonPath request.body '$.id'}}\",\"result\":{\"tools\":"
                        + tools + "}}")));
        server.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.method", equalTo("tools/call")))
                .willReturn(rpc("{\"jsonrpc\":\"2.0\",\"id\":\"{{jsonPath request.body '$.id'}}\",\"result\":"
                        + callResult + "}")));
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(405)));
        server.stubFor(any(urlPathEqualTo(path)).atPriority(10).willReturn(aResponse().withStatus(200)));
    }

    private static ResponseDefinitionBuilder rpc(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)
                .withTransformers("response-template");
    }
}
