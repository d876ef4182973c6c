package ai.iiagent.port.in.settings;

import java.util.List;

/** The operator's model list (the offline model is added by the seeding itself). */
public record SeedSystemModelsCommand(List<SystemModelDefinition> models) {

    public SeedSystemModelsCommand {
        models = List.copyOf(models);
    }
}
