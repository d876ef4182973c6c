package ai.iiagent.port.in.users;

import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** Which user to look up. */
public record GetUserQuery(UserId userId) {

    public GetUserQuery {
        Objects.requireNonNull(userId, "userId");
    }
}
