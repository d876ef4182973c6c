package ai.iiagent.port.out.billing;

import ai.iiagent.domain.billing.BillingTransaction;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link BillingTransactionRepository}; exposes what was recorded for assertions. */
public class InMemoryBillingTransactionRepository implements BillingTransactionRepository {

    private final Map<String, Optional<BillingTransaction>> byEventId = new ConcurrentHashMap<>();

    @Override
    public boolean claim(String eventId, String eventType, Instant at) {
        return byEventId.putIfAbsent(eventId, Optional.empty()) == null;
    }

    @Override
    public void complete(BillingTransaction transaction) {
        if (byEventId.replace(transaction.eventId(), Optional.of(transaction)) == null) {
            throw new IllegalStateException("event " + transaction.eventId() + " was not claimed");
        }
    }

    /** The completed record of an event, empty if unknown or claimed but not completed. */
    public Optional<BillingTransaction> recorded(String eventId) {
        return byEventId.getOrDefault(eventId, Optional.empty());
    }
}
