package ai.iiagent.port.in.settings;

import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Whose skills, and whether built-ins are included. */
public record ListSkillsQuery(Identity caller, boolean includeBuiltin) {

    public ListSkillsQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
