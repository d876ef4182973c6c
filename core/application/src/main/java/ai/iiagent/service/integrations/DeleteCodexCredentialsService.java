package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.CodingCli;
import ai.iiagent.domain.integrations.CodingCliErrors;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.integrations.DeleteCodexCredentialsUseCase;
import ai.iiagent.port.out.integrations.CodexCredentialRepository;

/** Deletes the caller's own Codex credentials. */
public final class DeleteCodexCredentialsService implements DeleteCodexCredentialsUseCase {

    private final CodexCredentialRepository credentials;

    public DeleteCodexCredentialsService(CodexCredentialRepository credentials) {
        this.credentials = credentials;
    }

    @Override
    public void delete(Identity caller) {
        if (!credentials.delete(caller.userId())) {
            throw CodingCliErrors.notConfigured(CodingCli.CODEX);
        }
    }
}
