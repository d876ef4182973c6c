package ai.iiagent.adapter.persistence.settings;

import ai.iiagent.domain.settings.McpServer;
import ai.iiagent.domain.settings.McpTransport;
import ai.iiagent.domain.shared.EncryptedSecret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored {@code mcp_config}: {@code {"mcpServers": {name: {command, args, env} | {url, transport, headers}}}}
 * with env and header values in sealed text form. jsonb does not keep key order, so servers read back by name.
 */
final class McpConfigJson {

    private McpConfigJson() {
    }

    static String write(List<McpServer> servers) {
        Map<String, Object> byName = new TreeMap<>();
        for (McpServer server : servers) {
            Map<String, Object> json = new LinkedHashMap<>();
            switch (server) {
                case McpServer.Stdio stdio -> {
                    json.put("command", stdio.command());
                    json.put("args", stdio.args());
                    json.put("env", sealed(stdio.env()));
                }
                case McpServer.Remote remote -> {
                    json.put("url", remote.url());
                    json.put("transport", remote.transport().code());
                    json.put("headers", sealed(remote.headers()));
                }
            }
            byName.put(server.name(), json);
        }
        return SettingsJson.write(Map.of("mcpServers", byName));
    }

    @SuppressWarnings("unchecked")
    static List<McpServer> read(String text) {
        Map<String, Object> servers = (Map<String, Object>) SettingsJson.readMap(text).get("mcpServers");
        List<McpServer> result = new ArrayList<>();
        servers.forEach((name, value) -> {
            Map<String, Object> json = (Map<String, Object>) value;
            if (json.containsKey("command")) {
                result.add(new McpServer.Stdio(name, (String) json.get("command"), (List<String>) json.get("args"),
                        open((Map<String, String>) json.get("env"))));
            } else {
                result.add(new McpServer.Remote(name, (String) json.get("url"),
                        McpTransport.parse((String) json.get("transport")), open((Map<String, String>) json.get("headers"))));
            }
        });
        result.sort(Comparator.comparing(McpServer::name));
        return result;
    }

    private static Map<String, String> sealed(Map<String, EncryptedSecret> values) {
        Map<String, String> json = new TreeMap<>();
        values.forEach((key, secret) -> json.put(key, secret.toText()));
        return json;
    }

    private static Map<String, EncryptedSecret> open(Map<String, String> json) {
        Map<String, EncryptedSecret> values = new LinkedHashMap<>();
        if (json != null) {
            json.forEach((key, text) -> values.put(key, EncryptedSecret.parse(text)));
        }
        return values;
    }
}
