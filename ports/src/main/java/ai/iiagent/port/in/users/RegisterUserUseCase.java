package ai.iiagent.port.in.users;

import ai.iiagent.domain.users.EmailAlreadyRegisteredException;
import ai.iiagent.domain.users.User;

/**
 * Creates an account (local sign-up or first OIDC login). The first account of an installation
 * becomes admin; the waitlist gate applies; new-user hooks (credit account, ...) run in the same
 * unit of work, so a failing hook leaves no half-created user.
 */
public interface RegisterUserUseCase {

    /** @throws EmailAlreadyRegisteredException when the address is taken */
    User register(RegisterUserCommand command);
}
