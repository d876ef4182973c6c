package ai.iiagent.adapter.persistence.billing;

import ai.iiagent.adapter.persistence.users.UserPersistenceAdapter;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.billing.BillingRepositoriesContractTest;
import ai.iiagent.port.out.billing.BillingTransactionRepository;
import ai.iiagent.port.out.billing.CreditRefreshRepository;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The billing repositories' contract on PostgreSQL. */
@QuarkusTest
class BillingPersistenceAdaptersContractTest extends BillingRepositoriesContractTest {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    SubscriptionPersistenceAdapter subscriptions;

    @Inject
    BillingTransactionPersistenceAdapter transactions;

    @Inject
    CreditRefreshPersistenceAdapter refreshes;

    @Override
    protected SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    @Override
    protected BillingTransactionRepository transactions() {
        return transactions;
    }

    @Override
    protected CreditRefreshRepository refreshes() {
        return refreshes;
    }

    @Override
    protected UserId newUser() {
        User user = User.register(UserId.random(), Email.of("billing-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", Instant.now().truncatedTo(ChronoUnit.MICROS));
        users.save(user);
        return user.id();
    }
}
