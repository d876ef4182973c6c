package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.AppleErrors;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.integrations.DeleteAppleCredentialsUseCase;
import ai.iiagent.port.out.integrations.AppleCredentialRepository;

/** Forgets the caller's own App Store Connect key. */
public final class DeleteAppleCredentialsService implements DeleteAppleCredentialsUseCase {

    private final AppleCredentialRepository credentials;

    public DeleteAppleCredentialsService(AppleCredentialRepository credentials) {
        this.credentials = credentials;
    }

    @Override
    public void delete(Identity caller) {
        if (!credentials.delete(caller.userId())) {
            throw AppleErrors.notFound();
        }
    }
}
