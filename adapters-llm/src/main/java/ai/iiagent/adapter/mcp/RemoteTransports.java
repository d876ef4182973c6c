package ai.iiagent.adapter.mcp;

import ai.iiagent.adapter.llm.routing.UserEndpointGuard;
import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.settings.McpTransport;
import ai.iiagent.domain.shared.ValidationException;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.customizer.McpSyncHttpClientRequestCustomizer;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Transports to remote MCP servers (streamable HTTP or SSE) on the JDK HTTP client. The SSRF guard
 * runs before connecting and again on every request the SDK makes (SSE's message endpoint included);
 * redirects are not followed. The user's header values are added to each request.
 */
final class RemoteTransports {

    private static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

    private final McpJsonMapper json;
    private final UserEndpointGuard guard;
    private final Duration connectTimeout;

    RemoteTransports(McpJsonMapper json, UserEndpointGuard guard, Duration connectTimeout) {
        this.json = json;
        this.guard = guard;
        this.connectTimeout = connectTimeout;
    }

    McpClientTransport open(McpServerSpec server) {
        URI url = URI.create(server.url());
        check(url);
        String base = url.getScheme() + "://" + url.getRawAuthority();
        String endpoint = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        McpSyncHttpClientRequestCustomizer perRequest = (request, method, uri, body, context) -> {
            check(uri);
            server.headers().forEach(request::setHeader);
        };
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        return McpTransport.parse(server.transport()) == McpTransport.SSE
                ? HttpClientSseClientTransport.builder(base).sseEndpoint(endpoint).clientBuilder(client).jsonMapper(json)
                        .httpRequestCustomizer(perRequest).connectTimeout(connectTimeout).maxResponseSize(MAX_RESPONSE_BYTES)
                        .build()
                : HttpClientStreamableHttpTransport.builder(base).endpoint(endpoint).clientBuilder(client).jsonMapper(json)
                        .httpRequestCustomizer(perRequest).connectTimeout(connectTimeout).maxResponseSize(MAX_RESPONSE_BYTES)
                        .openConnectionOnStartup(false).build();
    }

    private void check(URI uri) {
        try {
            guard.check(uri.toString());
        } catch (ValidationException e) {
            throw new McpServerUnavailableException("mcp_url_refused", e.getMessage());
        }
    }
}
