package ai.iiagent.service.billing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.billing.BillingCycle;
import ai.iiagent.domain.billing.Plan;
import ai.iiagent.domain.billing.PlanPrice;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.billing.FreeCreditsRefresh;
import ai.iiagent.port.in.billing.RefreshFreeCreditsCommand;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RefreshFreeCreditsServiceTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final BillingFixture fx = new BillingFixture();

    @Test
    void givenFreeUserBelowAllowance_whenRefreshedTwiceInAMonth_thenToppedUpOnce() {
        UserId user = fx.newUser("free@example.org");
        fx.credits.setRegular(user, Credits.of(120));

        FreeCreditsRefresh first = fx.refresh().refresh(new RefreshFreeCreditsCommand(NOVEMBER));
        fx.credits.setRegular(user, Credits.of(10)); // spent in between: still nothing more this month
        FreeCreditsRefresh second = fx.refresh().refresh(new RefreshFreeCreditsCommand(NOVEMBER));

        assertThat(first.usersRefreshed()).isEqualTo(1);
        assertThat(first.granted()).isEqualTo(Credits.of(180));
        assertThat(second.usersRefreshed()).isZero();
        assertThat(second.granted()).isEqualTo(Credits.ZERO);
        assertThat(fx.credits.applied()).singleElement()
                .satisfies(grant -> assertThat(grant.idempotencyKey()).isEqualTo("refresh:" + user + ":2026-11"));
    }

    @Test
    void givenNextMonth_whenRefreshed_thenToppedUpAgain() {
        UserId user = fx.newUser("monthly@example.org");
        fx.refresh().refresh(new RefreshFreeCreditsCommand(NOVEMBER));
        fx.credits.setRegular(user, Credits.of(50));

        fx.refresh().refresh(new RefreshFreeCreditsCommand(NOVEMBER.plusMonths(1)));

        assertThat(fx.credits.regularOf(user)).isEqualTo(Credits.of(300));
        assertThat(fx.credits.applied()).hasSize(2);
    }

    @Test
    void givenPaidOrFullUsers_whenRefreshed_thenNoGrant() {
        UserId paid = fx.newUser("paid@example.org");
        fx.subscriptions.save(Subscription.none(paid).subscribed("cus_p", "sub_p",
                new PlanPrice(Plan.PRO, BillingCycle.MONTHLY), "active", null));
        UserId full = fx.newUser("full@example.org");
        fx.credits.setRegular(full, Credits.of(450));

        FreeCreditsRefresh done = fx.refresh().refresh(new RefreshFreeCreditsCommand(NOVEMBER));

        assertThat(done.usersChecked()).isEqualTo(1);
        assertThat(done.usersRefreshed()).isEqualTo(1);
        assertThat(fx.credits.applied()).isEmpty();
        assertThat(fx.credits.regularOf(paid)).isEqualTo(Credits.ZERO);
    }
}
