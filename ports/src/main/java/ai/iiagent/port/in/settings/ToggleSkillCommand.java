package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Enable or disable one skill for the caller. */
public record ToggleSkillCommand(Identity caller, SkillId id, boolean enabled) {

    public ToggleSkillCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
