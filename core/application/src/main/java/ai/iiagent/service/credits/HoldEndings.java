package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditErrors;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * Ends a hold exactly once: under the account's lock, re-reads the reservation, lets the account
 * compute the ending, then moves the reservation out of {@code held} (conditionally) before booking.
 */
final class HoldEndings {

    static final ErrorCode RESERVATION_NOT_FOUND = CreditErrors.RESERVATION_NOT_FOUND;

    private final AccountBook book;
    private final CreditReservationRepository reservations;

    HoldEndings(CreditAccountRepository accounts, CreditLedgerRepository ledger, CreditReservationRepository reservations) {
        this.book = new AccountBook(accounts, ledger);
        this.reservations = reservations;
    }

    /** Must run inside a unit of work. */
    Ending end(ReservationId id, Credits actual, Instant now,
                   BiFunction<CreditAccount, CreditReservation, CreditAccount.Ended> ending) {
        CreditReservation known = reservations.find(id)
                .orElseThrow(() -> new NotFoundException(RESERVATION_NOT_FOUND, "no reservation " + id));
        if (!known.isHeld()) {
            return new Ending(known, new Settlement(known.status(), Credits.ZERO, Credits.ZERO,
                    book.peek(known.userId()).available(), true));
        }
        CreditAccount account = book.lock(known.userId());
        // A hold's amounts never change, only its status: the conditional end() below decides who ends it.
        CreditAccount.Ended ended = ending.apply(account, known);
        if (!reservations.end(ended.reservation(), actual, ended.uncharged(), now)) {
            return new Ending(known, new Settlement(known.status(), Credits.ZERO, Credits.ZERO, account.available(), true));
        }
        CreditAccount stored = book.write(ended.account(), ended.entries());
        return new Ending(ended.reservation(), new Settlement(ended.reservation().status(), actual.minus(ended.uncharged()),
                ended.uncharged(), stored.available(), false));
    }

    /** The reservation as it now stands and the outcome for the caller. */
    record Ending(CreditReservation reservation, Settlement settlement) {
    }
}
