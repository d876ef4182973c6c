package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.port.in.credits.ExpireReservationsCommand;
import ai.iiagent.port.in.credits.ExpireReservationsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.List;

/** One transaction per stale hold, so one failure does not keep the others held. */
public final class ExpireReservationsService implements ExpireReservationsUseCase {

    private final HoldEndings endings;
    private final CreditReservationRepository reservations;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public ExpireReservationsService(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                     CreditReservationRepository reservations, UnitOfWork unitOfWork, ClockPort clock) {
        this.endings = new HoldEndings(accounts, ledger, reservations);
        this.reservations = reservations;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int expire(ExpireReservationsCommand command) {
        Instant now = clock.now();
        List<CreditReservation> stale = unitOfWork.inTransaction(() -> reservations.expiredHolds(now, command.limit()));
        int returned = 0;
        for (CreditReservation reservation : stale) {
            boolean ended = unitOfWork.inTransaction(() -> !endings.end(reservation.id(), Credits.ZERO, now,
                    (account, held) -> account.release(held, LedgerEntryType.EXPIRY_RELEASE, now)).alreadyEnded());
            returned += ended ? 1 : 0;
        }
        return returned;
    }
}
