package ai.iiagent.domain.users;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;

/** No active user has this id. */
public final class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(UserId id) {
        super(ErrorCode.of("user_not_found"), "user " + id + " not found");
    }
}
