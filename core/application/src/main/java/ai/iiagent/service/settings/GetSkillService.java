package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.port.in.settings.GetSkillQuery;
import ai.iiagent.port.in.settings.GetSkillUseCase;
import ai.iiagent.port.out.settings.SkillRepository;

/** Reads one visible skill as the caller sees it. */
public final class GetSkillService implements GetSkillUseCase {

    private final SkillAccess access;

    public GetSkillService(SkillRepository repository) {
        this.access = new SkillAccess(repository);
    }

    @Override
    public UserSkill get(GetSkillQuery query) {
        return access.view(query.caller(), access.visible(query.caller(), query.id()));
    }
}
