package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.UserSkill;

/** One built-in or own skill; another user's, or none, is {@code skill_not_found}. */
public interface GetSkillUseCase {

    UserSkill get(GetSkillQuery query);
}
