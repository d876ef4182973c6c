package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.users.Identity;

/** The caller's own App Store Connect key's identifiers (looked up by the caller's id only). */
public interface GetAppleCredentialsUseCase {

    AppleCredentialsView get(Identity caller);
}
