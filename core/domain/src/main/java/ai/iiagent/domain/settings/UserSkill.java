package ai.iiagent.domain.settings;

import java.util.Objects;

/** A skill as one user sees it: enabled is the user's override for built-ins, else the skill's own switch. */
public record UserSkill(Skill skill, boolean enabled) {

    public UserSkill {
        Objects.requireNonNull(skill, "skill");
    }
}
