package ai.iiagent.domain.settings;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A user's MCP configuration ({@code mcpServers}), secrets sealed; {@code metadata} is free-form JSON. */
public record McpSetting(McpSettingId id, UserId owner, List<McpServer> servers, Map<String, Object> metadata,
                         boolean active, Instant createdAt, Instant updatedAt) {

    public McpSetting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        servers = List.copyOf(servers);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (servers.isEmpty() || servers.size() > McpServerSpec.MAX_SERVERS) {
            throw new SettingsValidationException("mcp_config_too_large",
                    "mcpServers holds 1 to " + McpServerSpec.MAX_SERVERS + " servers");
        }
    }

    public boolean ownedBy(UserId user) {
        return owner.equals(user);
    }
}
