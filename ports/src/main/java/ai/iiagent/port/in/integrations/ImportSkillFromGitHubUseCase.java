package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.settings.UserSkill;

/**
 * Fetches a skill folder from a public GitHub repository and stores it as the caller's skill, with
 * the same checks as an uploaded zip (size, entry count, paths, {@code SKILL.md}).
 */
public interface ImportSkillFromGitHubUseCase {

    UserSkill importSkill(ImportSkillFromGitHubCommand command);
}
