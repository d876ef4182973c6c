package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.port.in.settings.ToggleSkillCommand;
import ai.iiagent.port.in.settings.ToggleSkillUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.settings.SkillRepository;

/** A per-user override row for built-ins (others are unaffected); the skill's own switch for uploads. */
public final class ToggleSkillService implements ToggleSkillUseCase {

    private final SkillRepository repository;
    private final SkillAccess access;
    private final ClockPort clock;

    public ToggleSkillService(SkillRepository repository, ClockPort clock) {
        this.repository = repository;
        this.access = new SkillAccess(repository);
        this.clock = clock;
    }

    @Override
    public UserSkill toggle(ToggleSkillCommand command) {
        Skill skill = access.visible(command.caller(), command.id());
        if (skill.isBuiltin()) {
            repository.setOverride(command.caller().userId(), skill.id(), command.enabled(), clock.now());
            return new UserSkill(skill, command.enabled());
        }
        Skill toggled = skill.withEnabled(command.enabled(), clock.now());
        repository.save(toggled, null);
        return new UserSkill(toggled, toggled.enabled());
    }
}
