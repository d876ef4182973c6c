package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.settings.SettingNotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.out.settings.McpSettingRepository;

/** Another user's MCP setting does not exist for the caller. */
final class McpSettingAccess {

    private final McpSettingRepository repository;

    McpSettingAccess(McpSettingRepository repository) {
        this.repository = repository;
    }

    McpSetting owned(Identity caller, McpSettingId id) {
        return repository.findById(id).filter(setting -> setting.ownedBy(caller.userId()))
                .orElseThrow(() -> SettingNotFoundException.mcp(id));
    }
}
