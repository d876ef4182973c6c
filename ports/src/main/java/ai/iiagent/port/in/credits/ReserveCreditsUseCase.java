package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.InsufficientCreditsException;

/**
 * Takes a hold from the balance before billable work starts (bonus pool first), with its ledger
 * rows, atomically. Idempotent: the same key returns the reservation made the first time.
 *
 * @throws InsufficientCreditsException when the balance cannot pay for the hold (or, for an LLM
 *         call, for 128 output tokens); nothing is held then
 */
public interface ReserveCreditsUseCase {

    /** @return the reservation, whose {@code outputCap} is the provider's max output tokens for an LLM call */
    CreditReservation reserve(ReserveCreditsCommand command);
}
