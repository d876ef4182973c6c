package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.users.Identity;

/** Forgets the caller's Codex credentials; none stored is {@code coding_cli_not_configured} (404). */
public interface DeleteCodexCredentialsUseCase {

    void delete(Identity caller);
}
