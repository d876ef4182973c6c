package ai.iiagent.port.in.settings;

/** Deletes one of the caller's own models; system and foreign ones answer as for a missing one or read-only. */
public interface DeleteModelSettingUseCase {

    void delete(DeleteModelSettingCommand command);
}
