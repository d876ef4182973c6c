package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Delete one MCP setting. */
public record DeleteMcpSettingCommand(Identity caller, McpSettingId id) {

    public DeleteMcpSettingCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
