package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.port.in.settings.ListMcpSettingsQuery;
import ai.iiagent.port.in.settings.ListMcpSettingsUseCase;
import ai.iiagent.port.out.settings.McpSettingRepository;
import java.util.List;

/** Lists the caller's MCP settings. */
public final class ListMcpSettingsService implements ListMcpSettingsUseCase {

    private final McpSettingRepository repository;

    public ListMcpSettingsService(McpSettingRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<McpSetting> list(ListMcpSettingsQuery query) {
        return repository.listOwnedBy(query.caller().userId(), query.onlyActive());
    }
}
