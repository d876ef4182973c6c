package ai.iiagent.port.in.settings;

/** Deletes one of the caller's uploaded skills; built-ins cannot be deleted ({@code skill_read_only}), only disabled. */
public interface DeleteSkillUseCase {

    void delete(DeleteSkillCommand command);
}
