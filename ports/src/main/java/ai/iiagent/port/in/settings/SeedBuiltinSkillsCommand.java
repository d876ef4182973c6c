package ai.iiagent.port.in.settings;

import java.util.List;

/** The SKILL.md documents shipped with the app. */
public record SeedBuiltinSkillsCommand(List<String> skillDocuments) {

    public SeedBuiltinSkillsCommand {
        skillDocuments = List.copyOf(skillDocuments);
    }
}
