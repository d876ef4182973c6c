package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.users.Identity;

/** Forgets the caller's App Store Connect key; none stored is {@code apple_credentials_not_found} (404). */
public interface DeleteAppleCredentialsUseCase {

    void delete(Identity caller);
}
