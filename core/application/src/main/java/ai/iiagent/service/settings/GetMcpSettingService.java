package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.port.in.settings.GetMcpSettingQuery;
import ai.iiagent.port.in.settings.GetMcpSettingUseCase;
import ai.iiagent.port.out.settings.McpSettingRepository;

/** Reads one of the caller's MCP settings. */
public final class GetMcpSettingService implements GetMcpSettingUseCase {

    private final McpSettingAccess access;

    public GetMcpSettingService(McpSettingRepository repository) {
        this.access = new McpSettingAccess(repository);
    }

    @Override
    public McpSetting get(GetMcpSettingQuery query) {
        return access.owned(query.caller(), query.id());
    }
}
