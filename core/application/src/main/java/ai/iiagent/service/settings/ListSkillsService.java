package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.port.in.settings.ListSkillsQuery;
import ai.iiagent.port.in.settings.ListSkillsUseCase;
import ai.iiagent.port.out.settings.SkillRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Built-ins (with the caller's overrides) when asked for, then the caller's uploads. */
public final class ListSkillsService implements ListSkillsUseCase {

    private final SkillRepository repository;

    public ListSkillsService(SkillRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<UserSkill> list(ListSkillsQuery query) {
        Map<SkillId, Boolean> overrides = repository.overridesOf(query.caller().userId());
        List<UserSkill> result = new ArrayList<>();
        if (query.includeBuiltin()) {
            repository.listBuiltin().forEach(skill -> result.add(SkillAccess.view(skill, overrides)));
        }
        repository.listOwnedBy(query.caller().userId()).forEach(skill -> result.add(SkillAccess.view(skill, overrides)));
        return List.copyOf(result);
    }
}
