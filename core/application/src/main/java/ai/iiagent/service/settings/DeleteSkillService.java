package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.SettingsErrors;
import ai.iiagent.domain.settings.SettingConflictException;
import ai.iiagent.domain.settings.Skill;
import ai.iiagent.port.in.settings.DeleteSkillCommand;
import ai.iiagent.port.in.settings.DeleteSkillUseCase;
import ai.iiagent.port.out.settings.SkillRepository;

/** Deletes one of the caller's uploads; built-ins are only ever disabled. */
public final class DeleteSkillService implements DeleteSkillUseCase {

    private final SkillRepository repository;
    private final SkillAccess access;

    public DeleteSkillService(SkillRepository repository) {
        this.repository = repository;
        this.access = new SkillAccess(repository);
    }

    @Override
    public void delete(DeleteSkillCommand command) {
        Skill skill = access.visible(command.caller(), command.id());
        if (skill.isBuiltin()) {
            throw new SettingConflictException(SettingsErrors.SKILL_READ_ONLY, "built-in skills cannot be deleted; disable them instead");
        }
        repository.delete(skill.id());
    }
}
