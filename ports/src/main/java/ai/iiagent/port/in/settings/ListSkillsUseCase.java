package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.UserSkill;
import java.util.List;

/** Skills as the caller sees them: built-ins (when asked for) with the caller's overrides applied, then the caller's uploads. */
public interface ListSkillsUseCase {

    List<UserSkill> list(ListSkillsQuery query);
}
