package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.credits.CreditUsageRepository;
import ai.iiagent.port.out.credits.UsageRecord;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;

/** Settles and records the call's usage in one transaction. */
public final class SettleReservationService implements SettleReservationUseCase {

    private final HoldEndings endings;
    private final CreditReservationRepository reservations;
    private final CreditUsageRepository usage;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public SettleReservationService(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                    CreditReservationRepository reservations, CreditUsageRepository usage,
                                    UnitOfWork unitOfWork, ClockPort clock) {
        this.endings = new HoldEndings(accounts, ledger, reservations);
        this.reservations = reservations;
        this.usage = usage;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Settlement settle(SettleReservationCommand command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.now();
            Settlement settlement = endings.end(command.reservationId(), command.actual(), now,
                    (account, reservation) -> account.settle(reservation, command.actual(), now));
            if (!settlement.alreadyEnded()) {
                CreditReservation reservation = reservations.find(command.reservationId()).orElseThrow();
                usage.record(new UsageRecord(reservation.id(), reservation.userId(), reservation.subject(),
                        command.tokens(), command.usd(), command.actual(), command.byok(), now));
            }
            return settlement;
        });
    }
}
