package ai.iiagent.port.out.billing;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link CreditRefreshRepository}. */
public class InMemoryCreditRefreshRepository implements CreditRefreshRepository {

    private final Set<String> claimed = ConcurrentHashMap.newKeySet();

    @Override
    public boolean claim(UserId user, YearMonth period, Instant at) {
        return claimed.add(user + ":" + period);
    }
}
