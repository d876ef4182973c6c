package ai.iiagent.port.in.credits;

import ai.iiagent.domain.users.UserId;
import java.util.Objects;
import java.util.UUID;

/** The usage of one of the caller's sessions, with a page of its ledger entries. */
public record GetSessionUsageQuery(UserId userId, UUID sessionId, int page, int perPage) {

    public GetSessionUsageQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        ListCreditHistoryQuery.Paging.check(page, perPage);
    }
}
