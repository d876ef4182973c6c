package ai.iiagent.port.out.billing;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.time.YearMonth;

/** Remembers which users received the free-plan refresh for which month. */
public interface CreditRefreshRepository {

    /**
     * Marks {@code user} refreshed for {@code period}: true the first time, false ever after. Like
     * {@link BillingTransactionRepository#claim}, a concurrent claimer waits for the first to end.
     */
    boolean claim(UserId user, YearMonth period, Instant at);
}
