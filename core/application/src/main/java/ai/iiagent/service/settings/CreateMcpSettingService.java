package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.settings.CreateMcpSettingCommand;
import ai.iiagent.port.in.settings.CreateMcpSettingUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.settings.McpSettingRepository;
import java.time.Instant;
import java.util.List;

/** Validates and stores a new MCP configuration with its secrets sealed. */
public final class CreateMcpSettingService implements CreateMcpSettingUseCase {

    private final McpSettingRepository repository;
    private final McpSealing sealing;
    private final ClockPort clock;

    public CreateMcpSettingService(McpSettingRepository repository, SecretCipherPort cipher, ClockPort clock) {
        this.repository = repository;
        this.sealing = new McpSealing(cipher);
        this.clock = clock;
    }

    @Override
    public McpSetting create(CreateMcpSettingCommand command) {
        Instant now = clock.now();
        McpSetting setting = new McpSetting(McpSettingId.random(), command.caller().userId(),
                sealing.seal(command.servers(), List.of()), JsonObject.fieldsOf(command.metadata()), command.active(), now, now);
        repository.save(setting);
        return setting;
    }
}
