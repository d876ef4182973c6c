package ai.iiagent.port.in.credits;

import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** A page of the caller's sessions with what they cost. */
public record ListSessionUsageQuery(UserId userId, int page, int perPage) {

    public ListSessionUsageQuery {
        Objects.requireNonNull(userId, "userId");
        ListCreditHistoryQuery.Paging.check(page, perPage);
    }
}
