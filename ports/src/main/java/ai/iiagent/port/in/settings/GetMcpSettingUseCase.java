package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.McpSetting;

/** One of the caller's MCP settings; another user's, or none, is {@code mcp_setting_not_found}. */
public interface GetMcpSettingUseCase {

    McpSetting get(GetMcpSettingQuery query);
}
