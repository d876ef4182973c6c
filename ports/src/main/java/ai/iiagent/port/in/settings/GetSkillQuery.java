package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** One skill. */
public record GetSkillQuery(Identity caller, SkillId id) {

    public GetSkillQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
