package ai.iiagent.adapter.persistence.billing;

import ai.iiagent.domain.billing.BillingCycle;
import ai.iiagent.domain.billing.Plan;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link SubscriptionRepository} on the billing columns of {@code users}, in plain SQL (the user entity leaves them alone). */
@ApplicationScoped
public class SubscriptionPersistenceAdapter implements SubscriptionRepository {

    private static final String COLUMNS = "id, stripe_customer_id, stripe_subscription_id, subscription_plan, "
            + "subscription_status, subscription_billing_cycle, subscription_current_period_end";

    private final EntityManager entityManager;

    public SubscriptionPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public Optional<Subscription> find(UserId user) {
        return one("select " + COLUMNS + " from users where id = ?1", user);
    }

    @Override
    @Transactional
    public Optional<Subscription> lockForUser(UserId user) {
        return one("select " + COLUMNS + " from users where id = ?1 for update", user);
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<UserId> findUserByCustomer(String customerId) {
        List<UUID> ids = entityManager.createNativeQuery("select id from users where stripe_customer_id = ?1")
                .setParameter(1, customerId).getResultList();
        return ids.stream().findFirst().map(UserId::of);
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public void save(Subscription s) {
        entityManager.createNativeQuery("""
                        update users set stripe_customer_id = ?2, stripe_subscription_id = ?3, subscription_plan = ?4,
                               subscription_status = ?5, subscription_billing_cycle = ?6,
                               subscription_current_period_end = ?7, updated_at = now()
                         where id = ?1""").unwrap(NativeQuery.class)
                .setParameter(1, s.userId().value()).setParameter(2, s.customerId(), String.class)
                .setParameter(3, s.subscriptionId(), String.class).setParameter(4, s.plan().code())
                .setParameter(5, s.status(), String.class)
                .setParameter(6, s.cycle() == null ? null : s.cycle().code(), String.class)
                .setParameter(7, s.currentPeriodEnd(), Instant.class)
                .executeUpdate();
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Subscription> listActiveUsers(UserId after, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS
                        + " from users where is_active and id > ?1 order by id limit ?2")
                .setParameter(1, after == null ? new UUID(0, 0) : after.value()).setParameter(2, limit)
                .getResultList();
        return rows.stream().map(SubscriptionPersistenceAdapter::subscription).toList();
    }

    @SuppressWarnings("unchecked")
    private Optional<Subscription> one(String sql, UserId user) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter(1, user.value()).getResultList();
        return rows.stream().findFirst().map(SubscriptionPersistenceAdapter::subscription);
    }

    private static Subscription subscription(Object[] row) {
        String plan = (String) row[3];
        String cycle = (String) row[5];
        return new Subscription(UserId.of((UUID) row[0]), (String) row[1], (String) row[2],
                plan == null ? Plan.FREE : Plan.fromCode(plan), (String) row[4],
                cycle == null ? null : BillingCycle.fromCode(cycle), instant(row[6]));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
