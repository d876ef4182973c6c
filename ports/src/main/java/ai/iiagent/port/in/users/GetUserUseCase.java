package ai.iiagent.port.in.users;

import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserNotFoundException;

/** Looks up an active user by id. */
public interface GetUserUseCase {

    /**
     * @return the user with the query's id
     * @throws UserNotFoundException when no user has that id or the account is deactivated
     */
    User getUser(GetUserQuery query);
}
