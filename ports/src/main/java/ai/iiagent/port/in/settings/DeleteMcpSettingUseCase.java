package ai.iiagent.port.in.settings;

/** Deletes one of the caller's MCP settings. */
public interface DeleteMcpSettingUseCase {

    void delete(DeleteMcpSettingCommand command);
}
