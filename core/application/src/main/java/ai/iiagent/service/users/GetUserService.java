package ai.iiagent.service.users;

import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserNotFoundException;
import ai.iiagent.port.in.users.GetUserQuery;
import ai.iiagent.port.in.users.GetUserUseCase;
import ai.iiagent.port.out.users.UserRepository;
import java.util.Objects;

/** Looks a user up; a deactivated account is reported as not found so it cannot act any more. */
public final class GetUserService implements GetUserUseCase {

    private final UserRepository users;

    public GetUserService(UserRepository users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public User getUser(GetUserQuery query) {
        return users.findById(query.userId())
                .filter(User::isActive)
                .orElseThrow(() -> new UserNotFoundException(query.userId()));
    }
}
