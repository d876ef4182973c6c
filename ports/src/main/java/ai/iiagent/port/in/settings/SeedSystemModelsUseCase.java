package ai.iiagent.port.in.settings;

/** Makes the system rows match the operator's model list (MODEL_CONFIGS, MODEL_CONFIGS_FILE) plus the offline model: inserts new, updates changed, deactivates dropped ones. Running it twice changes nothing the second time. */
public interface SeedSystemModelsUseCase {

    SeedReport seed(SeedSystemModelsCommand command);
}
