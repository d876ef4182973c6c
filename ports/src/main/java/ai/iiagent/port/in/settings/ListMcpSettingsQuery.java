package ai.iiagent.port.in.settings;

import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Whose MCP settings, and whether inactive ones are left out. */
public record ListMcpSettingsQuery(Identity caller, boolean onlyActive) {

    public ListMcpSettingsQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
