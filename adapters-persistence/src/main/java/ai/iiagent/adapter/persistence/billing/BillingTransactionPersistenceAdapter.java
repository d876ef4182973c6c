package ai.iiagent.adapter.persistence.billing;

import ai.iiagent.domain.billing.BillingTransaction;
import ai.iiagent.port.out.billing.BillingTransactionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@link BillingTransactionRepository} in plain SQL. The claim is an insert that does nothing on a
 * duplicate event id; PostgreSQL makes a concurrent insert of the same id wait for the first
 * transaction, so exactly one claimer wins.
 */
@ApplicationScoped
public class BillingTransactionPersistenceAdapter implements BillingTransactionRepository {

    private static final BigDecimal CENTS = BigDecimal.valueOf(100);

    private final EntityManager entityManager;

    public BillingTransactionPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public boolean claim(String eventId, String eventType, Instant at) {
        return entityManager.createNativeQuery("""
                        insert into billing_transactions (stripe_event_id, event_type, created_at) values (?1, ?2, ?3)
                        on conflict (stripe_event_id) do nothing""")
                .setParameter(1, eventId).setParameter(2, eventType).setParameter(3, at)
                .executeUpdate() == 1;
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public void complete(BillingTransaction t) {
        int updated = entityManager.createNativeQuery("""
                        update billing_transactions set outcome = ?2, user_id = ?3, stripe_customer_id = ?4,
                               stripe_subscription_id = ?5, stripe_object_id = ?6, plan_id = ?7, billing_cycle = ?8,
                               credits = ?9, amount = ?10, currency = ?11, detail = ?12
                         where stripe_event_id = ?1 and outcome = 'pending'""").unwrap(NativeQuery.class)
                .setParameter(1, t.eventId()).setParameter(2, t.outcome().code())
                .setParameter(3, t.user() == null ? null : t.user().value(), UUID.class)
                .setParameter(4, t.customerId(), String.class).setParameter(5, t.subscriptionId(), String.class)
                .setParameter(6, t.objectId(), String.class)
                .setParameter(7, t.price() == null ? null : t.price().plan().code(), String.class)
                .setParameter(8, t.price() == null ? null : t.price().cycle().code(), String.class)
                .setParameter(9, t.credits() == null ? null : t.credits().value(), BigDecimal.class)
                .setParameter(10, t.amountCents() == null ? null : BigDecimal.valueOf(t.amountCents()).divide(CENTS),
                        BigDecimal.class)
                .setParameter(11, t.currency(), String.class).setParameter(12, t.detail(), String.class)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("billing event " + t.eventId() + " was not claimed in this unit of work");
        }
    }
}
