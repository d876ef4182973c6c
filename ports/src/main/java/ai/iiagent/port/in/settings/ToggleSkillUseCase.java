package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.UserSkill;

/** Enables or disables a skill for the caller: an override row for built-ins, the skill's own switch for uploads. */
public interface ToggleSkillUseCase {

    UserSkill toggle(ToggleSkillCommand command);
}
