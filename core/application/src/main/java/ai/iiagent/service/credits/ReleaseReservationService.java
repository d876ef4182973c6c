package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.port.in.credits.ReleaseReservationCommand;
import ai.iiagent.port.in.credits.ReleaseReservationUseCase;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;

/** Returns a whole hold after a failed or cancelled call. */
public final class ReleaseReservationService implements ReleaseReservationUseCase {

    private final HoldEndings endings;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public ReleaseReservationService(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                     CreditReservationRepository reservations, UnitOfWork unitOfWork, ClockPort clock) {
        this.endings = new HoldEndings(accounts, ledger, reservations);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Settlement release(ReleaseReservationCommand command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.now();
            return endings.end(command.reservationId(), Credits.ZERO, now,
                    (account, reservation) -> account.release(reservation, LedgerEntryType.RESERVATION_RELEASE, now));
        });
    }
}
