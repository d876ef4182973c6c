package ai.iiagent.port.out.users;

import ai.iiagent.domain.users.User;

/**
 * Work other features attach to account creation (the credits feature opens the credit account
 * here). Runs inside the registration's unit of work: throwing aborts the registration.
 */
@FunctionalInterface
public interface NewUserHook {

    void onUserRegistered(User user);
}
