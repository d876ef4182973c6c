package ai.iiagent.port.in.settings;

import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Whose MCP servers a run should connect to. */
public record ResolveMcpServersQuery(Identity caller) {

    public ResolveMcpServersQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
