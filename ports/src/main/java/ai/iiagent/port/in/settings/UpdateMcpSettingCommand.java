package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.Objects;

/** A partial update: null leaves servers, metadata or the active flag as they are. */
public record UpdateMcpSettingCommand(Identity caller, McpSettingId id, List<McpServerSpec> servers, JsonObject metadata,
                                      Boolean active) {

    public UpdateMcpSettingCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
