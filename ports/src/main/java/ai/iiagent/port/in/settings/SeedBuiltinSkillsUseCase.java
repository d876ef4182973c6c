package ai.iiagent.port.in.settings;

/** Makes the built-in skill rows match the skills shipped with the app: inserts new, updates changed, removes dropped ones. Idempotent. */
public interface SeedBuiltinSkillsUseCase {

    SeedReport seed(SeedBuiltinSkillsCommand command);
}
