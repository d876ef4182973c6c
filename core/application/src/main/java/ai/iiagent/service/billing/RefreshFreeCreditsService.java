package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.Plan;
import ai.iiagent.domain.billing.PlanCatalog;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.billing.FreeCreditsRefresh;
import ai.iiagent.port.in.billing.RefreshFreeCreditsCommand;
import ai.iiagent.port.in.billing.RefreshFreeCreditsUseCase;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.out.billing.CreditRefreshRepository;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** Walks the active users page by page; each free user is claimed for the period and topped up in one unit of work. */
public final class RefreshFreeCreditsService implements RefreshFreeCreditsUseCase {

    private static final int PAGE = 200;

    private final SubscriptionRepository subscriptions;
    private final CreditRefreshRepository refreshes;
    private final GetCreditBalanceUseCase balances;
    private final GrantCreditsUseCase grants;
    private final UnitOfWork unitOfWork;
    private final PlanCatalog catalog;
    private final ClockPort clock;

    public RefreshFreeCreditsService(SubscriptionRepository subscriptions, CreditRefreshRepository refreshes,
                                     GetCreditBalanceUseCase balances, GrantCreditsUseCase grants, UnitOfWork unitOfWork,
                                     PlanCatalog catalog, ClockPort clock) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.refreshes = Objects.requireNonNull(refreshes, "refreshes");
        this.balances = Objects.requireNonNull(balances, "balances");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public FreeCreditsRefresh refresh(RefreshFreeCreditsCommand command) {
        Credits allowance = catalog.monthlyCredits(Plan.FREE);
        int checked = 0;
        int refreshed = 0;
        Credits granted = Credits.ZERO;
        UserId after = null;
        List<Subscription> page;
        do {
            page = subscriptions.listActiveUsers(after, PAGE);
            for (Subscription subscription : page) {
                after = subscription.userId();
                if (subscription.hasActivePaidPlan()) {
                    continue;
                }
                checked++;
                Credits topUp = refreshOne(subscription.userId(), command.period(), allowance);
                if (topUp != null) {
                    refreshed++;
                    granted = granted.plus(topUp);
                }
            }
        } while (page.size() == PAGE);
        return new FreeCreditsRefresh(checked, refreshed, granted);
    }

    /** The credits granted, zero when already at the allowance, null when refreshed earlier in the period. */
    private Credits refreshOne(UserId user, YearMonth period, Credits allowance) {
        return unitOfWork.inTransaction(() -> {
            if (!refreshes.claim(user, period, clock.now())) {
                return null;
            }
            Credits shortfall = allowance.minus(balances.balance(new GetCreditBalanceQuery(user)).regular());
            if (!shortfall.isPositive()) {
                return Credits.ZERO;
            }
            grants.grant(new GrantCreditsCommand(user, shortfall, CreditPool.REGULAR, LedgerEntryType.SUBSCRIPTION_GRANT,
                    "refresh:" + user + ":" + period, "free plan monthly refresh " + period));
            return shortfall;
        });
    }
}
