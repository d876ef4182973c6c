package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.port.in.credits.ReleaseRunHoldsCommand;
import ai.iiagent.port.in.credits.ReleaseRunHoldsUseCase;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;

/** One transaction per hold, like the expiry job, so one failure does not keep the others held. */
public final class ReleaseRunHoldsService implements ReleaseRunHoldsUseCase {

    private final HoldEndings endings;
    private final CreditReservationRepository reservations;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public ReleaseRunHoldsService(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                  CreditReservationRepository reservations, UnitOfWork unitOfWork, ClockPort clock) {
        this.endings = new HoldEndings(accounts, ledger, reservations);
        this.reservations = reservations;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Credits release(ReleaseRunHoldsCommand command) {
        Credits returned = Credits.ZERO;
        for (CreditReservation held : reservations.heldForRun(command.runId())) {
            Settlement settlement = unitOfWork.inTransaction(() -> {
                Instant now = clock.now();
                return endings.end(held.id(), Credits.ZERO, now,
                        (account, reservation) -> account.release(reservation, LedgerEntryType.RESERVATION_RELEASE, now))
                        .settlement();
            });
            returned = settlement.alreadyEnded() ? returned : returned.plus(held.held());
        }
        return returned;
    }
}
