package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Delete one uploaded skill. */
public record DeleteSkillCommand(Identity caller, SkillId id) {

    public DeleteSkillCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
