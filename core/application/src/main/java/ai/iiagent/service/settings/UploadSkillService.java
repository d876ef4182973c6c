package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.SettingsErrors;
import ai.iiagent.domain.settings.SettingConflictException;
import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.settings.SkillPackage;
import ai.iiagent.domain.settings.SkillPackageLimits;
import ai.iiagent.domain.settings.SkillSource;
import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.port.in.settings.UploadSkillCommand;
import ai.iiagent.port.in.settings.UploadSkillUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.settings.SkillRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.Optional;

/**
 * Inspects the package before storing anything; a name used by a built-in is refused, uploading a
 * name the caller already has replaces that skill (same id, enabled again).
 */
public final class UploadSkillService implements UploadSkillUseCase {

    private final SkillRepository repository;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;
    private final SkillPackageLimits limits;

    public UploadSkillService(SkillRepository repository, UnitOfWork unitOfWork, ClockPort clock,
                              SkillPackageLimits limits) {
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public UserSkill upload(UploadSkillCommand command) {
        SkillPackage checked = SkillPackage.inspect(command.packageZip(), limits);
        String name = checked.manifest().name();
        return unitOfWork.inTransaction(() -> {
            if (repository.listBuiltin().stream().anyMatch(skill -> skill.name().equals(name))) {
                throw new SettingConflictException(SettingsErrors.SKILL_NAME_CONFLICT, "'" + name + "' is the name of a built-in skill");
            }
            Optional<Skill> existing = repository.listOwnedBy(command.caller().userId()).stream()
                    .filter(skill -> skill.name().equals(name)).findFirst();
            Instant now = clock.now();
            Skill skill = new Skill(existing.map(Skill::id).orElseGet(SkillId::random), Optional.of(command.caller().userId()),
                    checked.manifest(), SkillSource.CUSTOM, SkillAccess.sha256(command.packageZip()),
                    command.packageZip().length, checked.fileCount(), true,
                    existing.map(Skill::createdAt).orElse(now), now);
            repository.save(skill, command.packageZip());
            return new UserSkill(skill, true);
        });
    }
}
