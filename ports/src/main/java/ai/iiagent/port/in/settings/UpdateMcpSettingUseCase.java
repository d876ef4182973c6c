package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.McpSetting;

/** Replaces the servers, metadata or active flag of one of the caller's MCP settings; a secret sent back masked keeps its stored value. */
public interface UpdateMcpSettingUseCase {

    McpSetting update(UpdateMcpSettingCommand command);
}
