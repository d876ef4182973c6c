package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.PriceTable;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.credits.CheckLedgerConsistencyUseCase;
import ai.iiagent.port.in.credits.ExpireReservationsUseCase;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.credits.GetSessionUsageUseCase;
import ai.iiagent.port.in.credits.GetUsageReportUseCase;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.in.credits.ListCreditHistoryUseCase;
import ai.iiagent.port.in.credits.ListSessionUsageUseCase;
import ai.iiagent.port.in.credits.ReleaseReservationUseCase;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditFastPath;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.credits.CreditUsageRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.port.out.users.NewUserHook;
import ai.iiagent.service.credits.CheckLedgerConsistencyService;
import ai.iiagent.service.credits.ExpireReservationsService;
import ai.iiagent.service.credits.GetCreditBalanceService;
import ai.iiagent.service.credits.GetSessionUsageService;
import ai.iiagent.service.credits.GetUsageReportService;
import ai.iiagent.service.credits.GrantCreditsService;
import ai.iiagent.service.credits.ListCreditHistoryService;
import ai.iiagent.service.credits.ListSessionUsageService;
import ai.iiagent.service.credits.ReleaseReservationService;
import ai.iiagent.service.credits.ReleaseRunHoldsService;
import ai.iiagent.port.in.credits.ReleaseRunHoldsUseCase;
import ai.iiagent.service.credits.ReserveCreditsService;
import ai.iiagent.service.credits.SettleReservationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** The credits feature: accounts, ledger, reservations, reads; the signup grant hook. Jobs: {@link CreditJobs}. */
@ApplicationScoped
public class CreditsWiring {

    @Produces
    @ApplicationScoped
    GrantCreditsUseCase grantCredits(CreditAccountRepository accounts, CreditLedgerRepository ledger, UnitOfWork unitOfWork,
                                     ClockPort clock) {
        return new GrantCreditsService(accounts, ledger, unitOfWork, clock);
    }

    @Produces
    @ApplicationScoped
    GetCreditBalanceUseCase getCreditBalance(CreditAccountRepository accounts, CreditReservationRepository reservations) {
        return new GetCreditBalanceService(accounts, reservations);
    }

    @Produces
    @ApplicationScoped
    ReleaseRunHoldsUseCase releaseRunHolds(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                           CreditReservationRepository reservations, UnitOfWork unitOfWork,
                                           ClockPort clock) {
        return new ReleaseRunHoldsService(accounts, ledger, reservations, unitOfWork, clock);
    }

    @Produces
    @Singleton // on every model call's path: no client proxy
    ReserveCreditsUseCase reserveCredits(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                         CreditReservationRepository reservations, UnitOfWork unitOfWork, ClockPort clock,
                                         CreditFastPath fast) {
        return new ReserveCreditsService(accounts, ledger, reservations, unitOfWork, clock, fast);
    }

    @Produces
    @Singleton // on every model call's path: no client proxy
    SettleReservationUseCase settleReservation(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                               CreditReservationRepository reservations, CreditUsageRepository usage,
                                               UnitOfWork unitOfWork, ClockPort clock, CreditFastPath fast) {
        return new SettleReservationService(accounts, ledger, reservations, usage, unitOfWork, clock, fast);
    }

    @Produces
    @ApplicationScoped
    ReleaseReservationUseCase releaseReservation(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                                 CreditReservationRepository reservations, UnitOfWork unitOfWork,
                                                 ClockPort clock) {
        return new ReleaseReservationService(accounts, ledger, reservations, unitOfWork, clock);
    }

    @Produces
    @ApplicationScoped
    ExpireReservationsUseCase expireReservations(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                                 CreditReservationRepository reservations, UnitOfWork unitOfWork,
                                                 ClockPort clock) {
        return new ExpireReservationsService(accounts, ledger, reservations, unitOfWork, clock);
    }

    @Produces
    @ApplicationScoped
    ListCreditHistoryUseCase listCreditHistory(CreditLedgerRepository ledger) {
        return new ListCreditHistoryService(ledger);
    }

    @Produces
    @ApplicationScoped
    ListSessionUsageUseCase listSessionUsage(CreditUsageRepository usage) {
        return new ListSessionUsageService(usage);
    }

    @Produces
    @ApplicationScoped
    GetSessionUsageUseCase getSessionUsage(CreditUsageRepository usage, CreditLedgerRepository ledger) {
        return new GetSessionUsageService(usage, ledger);
    }

    @Produces
    @ApplicationScoped
    GetUsageReportUseCase getUsageReport(CreditUsageRepository usage) {
        return new GetUsageReportService(usage);
    }

    @Produces
    @ApplicationScoped
    CheckLedgerConsistencyUseCase checkLedgerConsistency(CreditLedgerRepository ledger) {
        return new CheckLedgerConsistencyService(ledger);
    }

    /** New accounts get the signup grant in the registration's own transaction. */
    @Produces
    @Singleton
    NewUserHook signupGrant(GrantCreditsUseCase grant, AppConfig config) {
        Credits regular = new Credits(config.credits().signupCredits());
        Credits bonus = new Credits(config.credits().signupBonusCredits());
        return user -> {
            if (regular.isPositive()) {
                grant.grant(new GrantCreditsCommand(user.id(), regular, CreditPool.REGULAR, LedgerEntryType.SIGNUP_GRANT,
                        "signup:" + user.id(), "signup grant"));
            }
            if (bonus.isPositive()) {
                grant.grant(new GrantCreditsCommand(user.id(), bonus, CreditPool.BONUS, LedgerEntryType.BONUS_GRANT,
                        "signup-bonus:" + user.id(), "signup bonus"));
            }
        };
    }

    /** Built-in prices with the configured per-model overrides (used by LLM metering). */
    @Produces
    @Singleton
    PriceTable priceTable(AppConfig config) {
        Map<String, ModelPrice> overrides = new LinkedHashMap<>();
        for (String entry : config.credits().priceOverrides().orElse("").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] modelAndPrices = entry.strip().split("=", 2);
            String[] prices = modelAndPrices.length == 2 ? modelAndPrices[1].split("/") : new String[0];
            if (prices.length != 4) {
                throw new ValidationException("APP_MODEL_PRICES entries look like model=in/out/cacheWrite/cacheRead: " + entry);
            }
            overrides.put(modelAndPrices[0].strip(), ModelPrice.of(prices[0], prices[1], prices[2], prices[3]));
        }
        return new PriceTable(overrides);
    }
}
