package ai.iiagent.port.out.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.billing.BillingCycle;
import ai.iiagent.domain.billing.BillingTransaction;
import ai.iiagent.domain.billing.PaymentEventOutcome;
import ai.iiagent.domain.billing.Plan;
import ai.iiagent.domain.billing.PlanPrice;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The billing repositories' contract ({@link SubscriptionRepository}, {@link BillingTransactionRepository},
 * {@link CreditRefreshRepository}), run against the in-memory fakes and against PostgreSQL. Other
 * users may exist (a shared database), so listings are checked for order and for this test's users.
 */
public abstract class BillingRepositoriesContractTest {

    /** PostgreSQL's uuid order: unsigned, byte by byte (which is the order of the lower-case text). */
    private static final Comparator<UserId> BY_ID = Comparator.comparing(id -> id.value().toString());

    protected abstract SubscriptionRepository subscriptions();

    protected abstract BillingTransactionRepository transactions();

    protected abstract CreditRefreshRepository refreshes();

    /** A new, active user that never paid. */
    protected abstract UserId newUser();

    @Test
    void givenAUserWhoNeverPaid_thenTheSubscriptionIsNone_andAnUnknownUserHasNone() {
        UserId user = newUser();

        assertThat(subscriptions().find(user)).contains(Subscription.none(user));
        assertThat(subscriptions().find(UserId.random())).isEmpty();
    }

    @Test
    void givenASavedSubscription_thenItReadsBackWhole_andItsCustomerLeadsToItsUser() {
        UserId user = newUser();
        Instant periodEnd = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String customer = "cus_" + UUID.randomUUID();
        Subscription paid = Subscription.none(user).subscribed(customer, "sub_" + UUID.randomUUID(),
                new PlanPrice(Plan.PRO, BillingCycle.ANNUALLY), "active", periodEnd);

        subscriptions().save(paid);

        assertThat(subscriptions().find(user)).contains(paid);
        assertThat(subscriptions().lockForUser(user)).contains(paid);
        assertThat(subscriptions().findUserByCustomer(customer)).contains(user);
        assertThat(subscriptions().findUserByCustomer("cus_nobody_" + UUID.randomUUID())).isEmpty();

        subscriptions().save(paid.ended("canceled"));

        assertThat(subscriptions().find(user)).hasValueSatisfying(ended -> {
            assertThat(ended.plan()).isEqualTo(Plan.FREE);
            assertThat(ended.customerId()).isEqualTo(customer);
            assertThat(ended.subscriptionId()).isNull();
        });
    }

    @Test
    void givenActiveUsers_thenPagesFollowUserIdOrder_startAfterTheCursor_andKeepTheLimit() {
        List<UserId> mine = Stream.of(newUser(), newUser(), newUser())
                .sorted(BY_ID).toList();

        List<Subscription> afterFirst = subscriptions().listActiveUsers(mine.get(0), 1000);
        List<Subscription> one = subscriptions().listActiveUsers(mine.get(1), 1);

        assertThat(afterFirst).extracting(Subscription::userId).doesNotContain(mine.get(0))
                .isSortedAccordingTo(BY_ID);
        assertThat(afterFirst.stream().map(Subscription::userId)
                .filter(id -> BY_ID.compare(id, mine.get(2)) <= 0)).contains(mine.get(1), mine.get(2));
        assertThat(one).hasSize(1);
        assertThat(BY_ID.compare(one.get(0).userId(), mine.get(1))).isPositive();
        assertThat(subscriptions().listActiveUsers(null, 2)).hasSize(2);
    }

    @Test
    void givenAPaymentEvent_thenOnlyTheFirstClaimWins_andOnlyAClaimedEventCanBeCompleted() {
        String event = "evt_" + UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertThat(transactions().claim(event, "invoice.payment_succeeded", at)).isTrue();
        assertThat(transactions().claim(event, "invoice.payment_succeeded", at)).isFalse();
        transactions().complete(new BillingTransaction(event, "invoice.payment_succeeded", PaymentEventOutcome.APPLIED,
                newUser(), "cus_" + UUID.randomUUID(), null, "in_1", new PlanPrice(Plan.PLUS, BillingCycle.MONTHLY),
                Credits.of(2000), 2000L, "usd", null));

        String unclaimed = "evt_" + UUID.randomUUID();
        assertThatThrownBy(() -> transactions().complete(new BillingTransaction(unclaimed, "x",
                PaymentEventOutcome.IGNORED, null, null, null, null, null, null, null, null, "never claimed")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(transactions().claim(unclaimed, "x", at)).isTrue();
    }

    @Test
    void givenTheFreeRefresh_thenEachUserIsClaimedOncePerMonth() {
        UserId user = newUser();
        UserId other = newUser();
        YearMonth month = YearMonth.of(2026, 3);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertThat(refreshes().claim(user, month, at)).isTrue();
        assertThat(refreshes().claim(user, month, at)).isFalse();
        assertThat(refreshes().claim(user, month.plusMonths(1), at)).isTrue();
        assertThat(refreshes().claim(other, month, at)).isTrue();
    }
}
