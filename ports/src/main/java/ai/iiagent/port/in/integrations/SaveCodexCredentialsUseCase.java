package ai.iiagent.port.in.integrations;

/** Stores (or replaces) the caller's Codex CLI credentials, sealed. */
public interface SaveCodexCredentialsUseCase {

    CodexSettings save(SaveCodexCredentialsCommand command);
}
