package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditFastPath;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.credits.CreditUsageRepository;
import ai.iiagent.port.out.credits.UsageRecord;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.Optional;

/**
 * Settles and records the call's usage in one transaction. A settlement within its hold takes the
 * {@link CreditFastPath} (one round trip); a shortfall, which the domain decides, goes the full way.
 */
public final class SettleReservationService implements SettleReservationUseCase {

    private final HoldEndings endings;
    private final CreditUsageRepository usage;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;
    private final CreditFastPath fast;

    public SettleReservationService(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                    CreditReservationRepository reservations, CreditUsageRepository usage,
                                    UnitOfWork unitOfWork, ClockPort clock) {
        this(accounts, ledger, reservations, usage, unitOfWork, clock, CreditFastPath.NONE);
    }

    public SettleReservationService(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                    CreditReservationRepository reservations, CreditUsageRepository usage,
                                    UnitOfWork unitOfWork, ClockPort clock, CreditFastPath fast) {
        this.fast = fast;
        this.endings = new HoldEndings(accounts, ledger, reservations);
        this.usage = usage;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Settlement settle(SettleReservationCommand command) {
        Optional<CreditFastPath.Ended> done = fast.bookSettlement(new CreditFastPath.Settle(command.reservationId(),
                command.actual(), command.tokens(), command.usd(), command.byok(), clock.now()));
        if (done.isPresent()) {
            CreditFastPath.Ended ended = done.get();
            return new Settlement(ended.status(), ended.charged(), Credits.ZERO, ended.remaining(), ended.alreadyEnded());
        }
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.now();
            HoldEndings.Ending ending = endings.end(command.reservationId(), command.actual(), now,
                    (account, reservation) -> account.settle(reservation, command.actual(), now));
            if (!ending.settlement().alreadyEnded()) {
                CreditReservation reservation = ending.reservation();
                usage.record(new UsageRecord(reservation.id(), reservation.userId(), reservation.subject(),
                        command.tokens(), command.usd(), command.actual(), command.byok(), now));
            }
            return ending.settlement();
        });
    }
}
