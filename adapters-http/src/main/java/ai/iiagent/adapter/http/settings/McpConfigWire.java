package ai.iiagent.adapter.http.settings;

import ai.iiagent.domain.settings.McpServer;
import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.settings.SettingsValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code {"mcpServers": {name: {command, args[], env{}} | {url, headers{}, transport}}}} into
 * specs (rejecting wrong types and unknown fields with {@code invalid_mcp_config}) and writes stored
 * servers back with every secret value masked.
 */
final class McpConfigWire {

    private static final Set<String> FIELDS = Set.of("command", "args", "env", "url", "headers", "transport");

    private McpConfigWire() {
    }

    static List<McpServerSpec> parse(Map<String, Object> config) {
        if (config == null || !(config.get("mcpServers") instanceof Map<?, ?> servers)) {
            throw invalid("mcp_config must be an object with an mcpServers object");
        }
        if (config.size() != 1) {
            throw invalid("mcp_config holds only mcpServers");
        }
        List<McpServerSpec> specs = new ArrayList<>();
        for (Map.Entry<?, ?> entry : servers.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (!(entry.getValue() instanceof Map<?, ?> server)) {
                throw invalid("server '" + name + "' must be an object");
            }
            server.keySet().stream().map(String::valueOf).filter(key -> !FIELDS.contains(key)).findFirst().ifPresent(key -> {
                throw invalid("server '" + name + "': unknown field '" + key + "'");
            });
            specs.add(new McpServerSpec(name, text(server, "command", name), list(server, "args", name),
                    strings(server, "env", name), text(server, "url", name), strings(server, "headers", name),
                    text(server, "transport", name)));
        }
        return specs;
    }

    /** The stored servers with each secret shown as {@code ***} and listed under {@code has_value}. */
    static Map<String, Object> masked(List<McpServer> servers) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (McpServer server : servers) {
            Map<String, Object> json = new LinkedHashMap<>();
            Map<String, String> masked = new TreeMap<>();
            Map<String, Boolean> hasValue = new TreeMap<>();
            server.secrets().keySet().forEach(key -> {
                masked.put(key, McpServerSpec.MASK);
                hasValue.put(key, true);
            });
            switch (server) {
                case McpServer.Stdio stdio -> {
                    json.put("command", stdio.command());
                    json.put("args", stdio.args());
                    json.put("env", masked);
                }
                case McpServer.Remote remote -> {
                    json.put("url", remote.url());
                    json.put("transport", remote.transport().code());
                    json.put("headers", masked);
                }
            }
            json.put("has_value", hasValue);
            byName.put(server.name(), json);
        }
        return Map.of("mcpServers", byName);
    }

    private static String text(Map<?, ?> server, String field, String name) {
        Object value = server.get(field);
        if (value != null && !(value instanceof String)) {
            throw invalid("server '" + name + "': " + field + " must be a string");
        }
        return (String) value;
    }

    private static List<String> list(Map<?, ?> server, String field, String name) {
        Object value = server.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items) || items.stream().anyMatch(item -> !(item instanceof String))) {
            throw invalid("server '" + name + "': " + field + " must be an array of strings");
        }
        return items.stream().map(String.class::cast).toList();
    }

    private static Map<String, String> strings(Map<?, ?> server, String field, String name) {
        Object value = server.get(field);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map) || map.values().stream().anyMatch(item -> !(item instanceof String))) {
            throw invalid("server '" + name + "': " + field + " must be an object of string values");
        }
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((key, item) -> result.put(String.valueOf(key), (String) item));
        return result;
    }

    private static SettingsValidationException invalid(String message) {
        return new SettingsValidationException("invalid_mcp_config", message);
    }
}
