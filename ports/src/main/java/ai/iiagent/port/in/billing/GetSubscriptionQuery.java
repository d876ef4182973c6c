package ai.iiagent.port.in.billing;

import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** Whose subscription to read. */
public record GetSubscriptionQuery(UserId userId) {

    public GetSubscriptionQuery {
        Objects.requireNonNull(userId, "userId");
    }
}
