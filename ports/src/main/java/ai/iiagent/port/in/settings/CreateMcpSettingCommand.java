package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.Objects;

/** A new MCP configuration, servers in the order written. */
public record CreateMcpSettingCommand(Identity caller, List<McpServerSpec> servers, JsonObject metadata, boolean active) {

    public CreateMcpSettingCommand {
        Objects.requireNonNull(caller, "caller");
        servers = List.copyOf(servers);
    }
}
