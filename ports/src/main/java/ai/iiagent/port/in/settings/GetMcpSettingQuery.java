package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** One MCP setting. */
public record GetMcpSettingQuery(Identity caller, McpSettingId id) {

    public GetMcpSettingQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
