package ai.iiagent.port.in.auth;

import ai.iiagent.domain.users.Identity;

/** Turns a bearer credential (access token or API key) into the caller's identity, checking that the account is active. */
public interface AuthenticateUseCase {

    Identity authenticate(AuthenticateQuery query);
}
