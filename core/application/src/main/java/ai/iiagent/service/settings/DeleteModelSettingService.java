package ai.iiagent.service.settings;

import ai.iiagent.port.in.settings.DeleteModelSettingCommand;
import ai.iiagent.port.in.settings.DeleteModelSettingUseCase;
import ai.iiagent.port.out.settings.ModelSettingRepository;

/** Deletes one of the caller's own models. */
public final class DeleteModelSettingService implements DeleteModelSettingUseCase {

    private final ModelSettingRepository repository;
    private final ModelSettingAccess access;

    public DeleteModelSettingService(ModelSettingRepository repository) {
        this.repository = repository;
        this.access = new ModelSettingAccess(repository);
    }

    @Override
    public void delete(DeleteModelSettingCommand command) {
        repository.delete(access.owned(command.caller(), command.id()).id());
    }
}
