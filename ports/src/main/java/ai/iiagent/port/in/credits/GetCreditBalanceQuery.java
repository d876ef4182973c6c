package ai.iiagent.port.in.credits;

import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** Whose balance to read. */
public record GetCreditBalanceQuery(UserId userId) {

    public GetCreditBalanceQuery {
        Objects.requireNonNull(userId, "userId");
    }
}
