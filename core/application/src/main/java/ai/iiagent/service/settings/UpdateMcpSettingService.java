package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.McpServer;
import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.port.in.settings.UpdateMcpSettingCommand;
import ai.iiagent.port.in.settings.UpdateMcpSettingUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.settings.McpSettingRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.util.List;

/** Partially updates one of the caller's MCP settings; every write re-seals values an older key sealed. */
public final class UpdateMcpSettingService implements UpdateMcpSettingUseCase {

    private final McpSettingRepository repository;
    private final McpSettingAccess access;
    private final McpSealing sealing;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public UpdateMcpSettingService(McpSettingRepository repository, SecretCipherPort cipher, UnitOfWork unitOfWork,
                                   ClockPort clock) {
        this.repository = repository;
        this.access = new McpSettingAccess(repository);
        this.sealing = new McpSealing(cipher);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public McpSetting update(UpdateMcpSettingCommand command) {
        return unitOfWork.inTransaction(() -> {
            McpSetting old = access.owned(command.caller(), command.id());
            List<McpServer> servers = command.servers() == null ? old.servers()
                    : sealing.seal(command.servers(), old.servers());
            McpSetting updated = new McpSetting(old.id(), old.owner(), servers.stream().map(sealing::refresh).toList(),
                    command.metadata() == null ? old.metadata() : command.metadata().fields(),
                    command.active() == null ? old.active() : command.active(), old.createdAt(), clock.now());
            repository.save(updated);
            return updated;
        });
    }
}
