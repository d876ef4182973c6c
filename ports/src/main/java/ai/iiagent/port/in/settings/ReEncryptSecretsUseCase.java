package ai.iiagent.port.in.settings;

/** Re-seals stored secrets (model API keys, MCP env and header values) that an older master key sealed; returns how many rows changed. */
public interface ReEncryptSecretsUseCase {

    int reEncrypt(ReEncryptSecretsCommand command);
}
