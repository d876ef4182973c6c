package ai.iiagent.adapter.persistence.billing;

import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.billing.CreditRefreshRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;

/** {@link CreditRefreshRepository}: one row per user and month, claimed by an insert that ignores duplicates. */
@ApplicationScoped
public class CreditRefreshPersistenceAdapter implements CreditRefreshRepository {

    private final EntityManager entityManager;

    public CreditRefreshPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public boolean claim(UserId user, YearMonth period, Instant at) {
        return entityManager.createNativeQuery("""
                        insert into credit_refreshes (user_id, period, created_at) values (?1, ?2, ?3)
                        on conflict (user_id, period) do nothing""")
                .setParameter(1, user.value()).setParameter(2, period.toString()).setParameter(3, at)
                .executeUpdate() == 1;
    }
}
