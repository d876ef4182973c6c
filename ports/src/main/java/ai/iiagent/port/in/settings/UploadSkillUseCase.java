package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.UserSkill;

/** Checks a skill package (zip with SKILL.md; size, entry, path, symlink and ratio limits) and stores it as the caller's skill. */
public interface UploadSkillUseCase {

    UserSkill upload(UploadSkillCommand command);
}
