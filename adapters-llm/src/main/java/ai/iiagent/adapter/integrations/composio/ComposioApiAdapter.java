package ai.iiagent.adapter.integrations.composio;

import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.ComposioAction;
import ai.iiagent.domain.integrations.ComposioAuthConfig;
import ai.iiagent.domain.integrations.ComposioConnection;
import ai.iiagent.domain.integrations.ComposioConnectionStatus;
import ai.iiagent.domain.integrations.ComposioCustomAuth;
import ai.iiagent.domain.integrations.ComposioErrors;
import ai.iiagent.domain.integrations.ComposioToolkit;
import ai.iiagent.domain.integrations.ComposioToolkitPage;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.port.out.integrations.ComposioPort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composio's REST API v3 ({@code https://backend.composio.dev/api/v3}) on the project API key
 * ({@code x-api-key}): {@code GET /toolkits}, {@code /toolkits/{slug}}, {@code /tools?toolkit_slug=},
 * {@code POST /auth_configs}, {@code POST|GET|DELETE /connected_accounts}, {@code POST /mcp/servers},
 * {@code PATCH|DELETE /mcp/{id}} and {@code POST /mcp/servers/generate}. Failures are logged by
 * {@link ProviderHttp} with method, path and status only.
 */
public final class ComposioApiAdapter implements ComposioPort {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String apiKey;
    private final ProviderHttp http;

    /** @param apiKey null when the server has none (every call then answers {@code composio_not_configured}) */
    public ComposioApiAdapter(String apiBase, String apiKey, ProviderHttp http) {
        this.base = apiBase.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.http = http;
    }

    @Override
    public boolean configured() {
        return apiKey != null && !apiKey.isBlank();
    }

    @Override
    public ComposioToolkitPage toolkits(String search, String category, int limit, String cursor) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", Integer.toString(limit));
        query.put("search", search);
        query.put("category", category);
        query.put("cursor", cursor);
        JsonNode page = get("/toolkits?" + ProviderHttp.form(query), null);
        List<ComposioToolkit> items = new ArrayList<>();
        page.path("items").forEach(item -> items.add(toolkit(item)));
        return new ComposioToolkitPage(items, page.path("next_cursor").isTextual() ? page.path("next_cursor").asText() : null,
                page.path("total_items").asInt(items.size()));
    }

    @Override
    public ComposioToolkit toolkit(String slug) {
        return toolkit(get("/toolkits/" + ProviderHttp.encode(slug), slug));
    }

    @Override
    public List<ComposioAction> actions(String toolkitSlug, int limit) {
        JsonNode page = get("/tools?" + ProviderHttp.form(Map.of("toolkit_slug", toolkitSlug, "limit",
                Integer.toString(limit))), toolkitSlug);
        List<ComposioAction> actions = new ArrayList<>();
        page.path("items").forEach(item -> actions.add(new ComposioAction(item.path("slug").asText(),
                item.path("name").asText(null), item.path("description").asText(null), strings(item.path("tags")))));
        return actions;
    }

    @Override
    public ComposioAuthConfig createAuthConfig(String toolkitSlug, ComposioCustomAuth custom) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("toolkit").put("slug", toolkitSlug);
        ObjectNode config = body.putObject("auth_config");
        if (custom == null) {
            config.put("type", "use_composio_managed_auth");
        } else {
            config.put("type", "use_custom_auth").put("authScheme", custom.authScheme());
            ObjectNode credentials = config.putObject("credentials");
            custom.credentials().forEach(credentials::put);
        }
        JsonNode created = send("POST", "/auth_configs", body, toolkitSlug).path("auth_config");
        return new ComposioAuthConfig(required(created, "id"), created.path("auth_scheme").asText(null));
    }

    @Override
    public ComposioConnection connect(ComposioAuthConfig authConfig, String composioUserId, String callbackUrl,
                                      Map<String, String> fields) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("auth_config").put("id", authConfig.id());
        ObjectNode connection = body.putObject("connection");
        connection.put("user_id", composioUserId);
        connection.put("callback_url", callbackUrl);
        if (!fields.isEmpty()) {
            ObjectNode state = connection.putObject("state");
            state.put("authScheme", authConfig.authScheme());
            ObjectNode val = state.putObject("val");
            val.put("status", "INITIALIZING");
            fields.forEach(val::put);
        }
        JsonNode created = send("POST", "/connected_accounts", body, null);
        String redirect = created.path("redirect_url").isTextual() ? created.path("redirect_url").asText()
                : created.path("connectionData").path("val").path("redirectUrl").asText(null);
        return new ComposioConnection(required(created, "id"), ComposioConnectionStatus.parse(created.path("status").asText()),
                redirect);
    }

    @Override
    public ComposioConnection connection(String connectedAccountId) {
        JsonNode account = get("/connected_accounts/" + ProviderHttp.encode(connectedAccountId), null);
        return new ComposioConnection(required(account, "id"), ComposioConnectionStatus.parse(account.path("status").asText()),
                null);
    }

    @Override
    public void deleteConnection(String connectedAccountId) {
        delete("/connected_accounts/" + ProviderHttp.encode(connectedAccountId));
    }

    @Override
    public void deleteAuthConfig(String authConfigId) {
        delete("/auth_configs/" + ProviderHttp.encode(authConfigId));
    }

    @Override
    public String createMcpServer(String name, String authConfigId, List<String> allowedTools) {
        ObjectNode body = JSON.createObjectNode().put("name", name);
        body.putArray("auth_config_ids").add(authConfigId);
        if (!allowedTools.isEmpty()) {
            ArrayNode tools = body.putArray("allowed_tools");
            allowedTools.forEach(tools::add);
        }
        return required(send("POST", "/mcp/servers", body, null), "id");
    }

    @Override
    public void updateMcpServerTools(String mcpServerId, List<String> allowedTools) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode tools = body.putArray("allowed_tools");
        allowedTools.forEach(tools::add);
        send("PATCH", "/mcp/" + ProviderHttp.encode(mcpServerId), body, null);
    }

    @Override
    public void deleteMcpServer(String mcpServerId) {
        delete("/mcp/" + ProviderHttp.encode(mcpServerId));
    }

    @Override
    public String mcpUrl(String mcpServerId, String composioUserId) {
        ObjectNode body = JSON.createObjectNode().put("mcp_server_id", mcpServerId).put("managed_auth_by_composio", false);
        body.putArray("user_ids").add(composioUserId);
        JsonNode generated = send("POST", "/mcp/servers/generate", body, null);
        JsonNode url = generated.path("user_ids_url").path(0);
        if (!url.isTextual()) {
            throw ConnectorErrors.upstream("Composio generated no MCP URL for the user");
        }
        return url.asText();
    }

    private static ComposioToolkit toolkit(JsonNode item) {
        JsonNode meta = item.path("meta");
        List<String> categories = new ArrayList<>();
        meta.path("categories").forEach(category -> categories.add(category.path("name").asText(category.path("slug").asText())));
        return new ComposioToolkit(item.path("slug").asText(), item.path("name").asText(null),
                meta.path("description").asText(null), meta.path("logo").asText(null), categories,
                meta.path("tools_count").asInt(0), strings(item.path("auth_schemes")),
                strings(item.path("composio_managed_auth_schemes")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String required(JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            throw ConnectorErrors.upstream("Composio answered without " + field);
        }
        return node.path(field).asText();
    }

    private JsonNode get(String path, String toolkit) {
        return answer(http.send(authorised(path).GET().build()), toolkit);
    }

    private JsonNode send(String method, String path, JsonNode body, String toolkit) {
        return answer(http.send(authorised(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build()), toolkit);
    }

    private void delete(String path) {
        ProviderHttp.Answer answer = http.send(authorised(path).DELETE().build());
        if (!answer.ok() && answer.status() != 404) {
            throw ConnectorErrors.upstream("Composio answered " + answer.status());
        }
    }

    private HttpRequest.Builder authorised(String path) {
        if (!configured()) {
            throw ComposioErrors.notConfigured();
        }
        return http.request(base + path).header("x-api-key", apiKey);
    }

    /** Composio's errors: {@code {"error": {"message", "code", "slug", "status"}}}. */
    private static JsonNode answer(ProviderHttp.Answer answer, String toolkit) {
        if (answer.ok()) {
            return answer.body();
        }
        if (answer.status() == 404 && toolkit != null) {
            throw ComposioErrors.toolkitNotFound(toolkit);
        }
        if (answer.status() == 400 && toolkit != null) {
            throw ComposioErrors.invalid("Composio refused the request: " + message(answer.body()));
        }
        if (answer.status() == 401 || answer.status() == 403) {
            throw ConnectorErrors.upstream("Composio refused the server's API key (" + answer.status() + ")");
        }
        throw ConnectorErrors.upstream("Composio answered " + answer.status() + ": " + message(answer.body()));
    }

    private static String message(JsonNode body) {
        String text = body.path("error").path("message").asText("");
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    @Override
    public String toString() {
        return "ComposioApiAdapter[" + base + ", configured " + configured() + "]";
    }
}
