package ai.iiagent.port.out.billing;

import ai.iiagent.domain.users.UserId;

/** The in-memory billing fakes keep the billing repositories' contract. */
class InMemoryBillingRepositoriesContractTest extends BillingRepositoriesContractTest {

    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryBillingTransactionRepository transactions = new InMemoryBillingTransactionRepository();
    private final InMemoryCreditRefreshRepository refreshes = new InMemoryCreditRefreshRepository();

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
        UserId user = UserId.random();
        subscriptions.addUser(user);
        return user;
    }
}
