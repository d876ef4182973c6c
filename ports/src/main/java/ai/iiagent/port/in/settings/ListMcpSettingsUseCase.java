package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.McpSetting;
import java.util.List;

/** The caller's MCP settings, oldest first. */
public interface ListMcpSettingsUseCase {

    List<McpSetting> list(ListMcpSettingsQuery query);
}
