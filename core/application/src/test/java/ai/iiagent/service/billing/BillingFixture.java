package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.BillingCycle;
import ai.iiagent.domain.billing.Plan;
import ai.iiagent.domain.billing.PlanCatalog;
import ai.iiagent.domain.billing.PlanPrice;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.billing.InMemoryBillingTransactionRepository;
import ai.iiagent.port.out.billing.InMemoryCreditRefreshRepository;
import ai.iiagent.port.out.billing.InMemorySubscriptionRepository;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.tx.DirectUnitOfWork;
import ai.iiagent.port.out.users.InMemoryUserRepository;
import ai.iiagent.service.users.GetUserService;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The billing services over in-memory fakes, with plus/pro prices price_plus_m, price_plus_y, price_pro_m, price_pro_y. */
final class BillingFixture {

    static final PlanCatalog CATALOG = new PlanCatalog(
            Map.of(Plan.FREE, Credits.of(300), Plan.PLUS, Credits.of(2000), Plan.PRO, Credits.of(10000)),
            Map.of(new PlanPrice(Plan.PLUS, BillingCycle.MONTHLY), "price_plus_m",
                    new PlanPrice(Plan.PLUS, BillingCycle.ANNUALLY), "price_plus_y",
                    new PlanPrice(Plan.PRO, BillingCycle.MONTHLY), "price_pro_m",
                    new PlanPrice(Plan.PRO, BillingCycle.ANNUALLY), "price_pro_y"));
    static final BillingUrls URLS = new BillingUrls("https://app.example/ok", "https://app.example/no",
            "https://app.example/back", Set.of("https://ui.example"));

    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    final InMemoryBillingTransactionRepository transactions = new InMemoryBillingTransactionRepository();
    final InMemoryCreditRefreshRepository refreshes = new InMemoryCreditRefreshRepository();
    final FakeCredits credits = new FakeCredits();
    final FakePayments payments = new FakePayments();
    final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    final GetUserService getUser = new GetUserService(users);

    UserId newUser(String email) {
        User user = User.register(UserId.random(), Email.of(email), PersonName.unknown(), UserRole.USER, "local",
                clock.now());
        users.save(user);
        subscriptions.addUser(user.id());
        return user.id();
    }

    HandlePaymentEventService webhooks() {
        return new HandlePaymentEventService(unitOfWork, transactions, subscriptions, credits, CATALOG, clock);
    }

    RefreshFreeCreditsService refresh() {
        return new RefreshFreeCreditsService(subscriptions, refreshes, credits, credits, unitOfWork, CATALOG, clock);
    }

    StartSubscriptionCheckoutService checkout() {
        return new StartSubscriptionCheckoutService(payments, subscriptions, getUser, CATALOG, URLS);
    }
}
