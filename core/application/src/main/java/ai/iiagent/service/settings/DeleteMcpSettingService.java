package ai.iiagent.service.settings;

import ai.iiagent.port.in.settings.DeleteMcpSettingCommand;
import ai.iiagent.port.in.settings.DeleteMcpSettingUseCase;
import ai.iiagent.port.out.settings.McpSettingRepository;

/** Deletes one of the caller's MCP settings. */
public final class DeleteMcpSettingService implements DeleteMcpSettingUseCase {

    private final McpSettingRepository repository;
    private final McpSettingAccess access;

    public DeleteMcpSettingService(McpSettingRepository repository) {
        this.repository = repository;
        this.access = new McpSettingAccess(repository);
    }

    @Override
    public void delete(DeleteMcpSettingCommand command) {
        repository.delete(access.owned(command.caller(), command.id()).id());
    }
}
