package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.StoredAppleCredential;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.integrations.AppleCredentialsView;
import ai.iiagent.port.in.integrations.GetAppleCredentialsUseCase;
import ai.iiagent.port.out.integrations.AppleCredentialRepository;

/** The caller's own App Store Connect key's identifiers, looked up by the caller's id only. */
public final class GetAppleCredentialsService implements GetAppleCredentialsUseCase {

    private final AppleCredentialRepository credentials;

    public GetAppleCredentialsService(AppleCredentialRepository credentials) {
        this.credentials = credentials;
    }

    @Override
    public AppleCredentialsView get(Identity caller) {
        return credentials.find(caller.userId()).map(GetAppleCredentialsService::view)
                .orElseGet(() -> new AppleCredentialsView(false, null, null, null));
    }

    static AppleCredentialsView view(StoredAppleCredential stored) {
        return new AppleCredentialsView(true, stored.issuerId(), stored.keyId(), stored.updatedAt());
    }
}
