package ai.iiagent.port.in.settings;

/**
 * Re-seals stored secrets (model API keys, MCP env and header values) that an older master key
 * sealed. A row no configured key opens is counted and skipped, never a reason to stop: one lost key
 * must not keep the server from starting or the other rows from moving to the current key.
 */
public interface ReEncryptSecretsUseCase {

    ReEncryptReport reEncrypt(ReEncryptSecretsCommand command);
}
