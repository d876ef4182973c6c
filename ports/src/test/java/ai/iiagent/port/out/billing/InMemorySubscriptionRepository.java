package ai.iiagent.port.out.billing;

import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.users.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** In-memory {@link SubscriptionRepository}: users exist once {@link #addUser}ed; locking is a no-op (single-threaded tests). */
public class InMemorySubscriptionRepository implements SubscriptionRepository {

    // PostgreSQL's uuid order (unsigned bytes = the text's order), not UUID.compareTo's signed one.
    private static final Comparator<UserId> BY_ID = Comparator.comparing(id -> id.value().toString());

    private final Map<UserId, Subscription> byUser = new ConcurrentSkipListMap<>(BY_ID);

    public void addUser(UserId user) {
        byUser.putIfAbsent(user, Subscription.none(user));
    }

    @Override
    public Optional<Subscription> find(UserId user) {
        return Optional.ofNullable(byUser.get(user));
    }

    @Override
    public Optional<Subscription> lockForUser(UserId user) {
        return find(user);
    }

    @Override
    public Optional<UserId> findUserByCustomer(String customerId) {
        return byUser.values().stream().filter(s -> customerId.equals(s.customerId())).map(Subscription::userId)
                .findFirst();
    }

    @Override
    public void save(Subscription subscription) {
        if (!byUser.containsKey(subscription.userId())) {
            throw new IllegalStateException("no such user " + subscription.userId());
        }
        byUser.put(subscription.userId(), subscription);
    }

    @Override
    public List<Subscription> listActiveUsers(UserId after, int limit) {
        return byUser.values().stream()
                .filter(s -> after == null || BY_ID.compare(s.userId(), after) > 0)
                .limit(limit).toList();
    }
}
