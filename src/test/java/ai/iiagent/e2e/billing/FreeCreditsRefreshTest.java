package ai.iiagent.e2e.billing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.billing.RefreshFreeCreditsCommand;
import ai.iiagent.port.in.billing.RefreshFreeCreditsUseCase;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The free-plan refresh on PostgreSQL (the stand-in sets the free allowance to 500 credits). */
@QuarkusTest
@WithTestResource(StripeStandIn.class)
class FreeCreditsRefreshTest {

    @Inject
    RefreshFreeCreditsUseCase refresh;

    @Inject
    GetCreditBalanceUseCase balances;

    @Test
    void givenFreeUserBelowAllowance_whenRefreshRunsTwiceInAMonth_thenToppedUpOnce() {
        UserId user = UserId.of(UUID.fromString(BillingUsers.create().id()));
        assertThat(regular(user)).isLessThan(Credits.of(500));
        YearMonth month = YearMonth.now(ZoneOffset.UTC);

        refresh.refresh(new RefreshFreeCreditsCommand(month));
        Credits afterFirst = regular(user);
        refresh.refresh(new RefreshFreeCreditsCommand(month));

        assertThat(afterFirst).isEqualTo(Credits.of(500));
        assertThat(regular(user)).isEqualTo(afterFirst);
    }

    private Credits regular(UserId user) {
        return balances.balance(new GetCreditBalanceQuery(user)).regular();
    }
}
