package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.McpSetting;

/** Validates an {@code mcpServers} configuration and stores it for the caller with env and header values sealed. */
public interface CreateMcpSettingUseCase {

    McpSetting create(CreateMcpSettingCommand command);
}
