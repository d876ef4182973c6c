package ai.iiagent.port.in.credits;

import ai.iiagent.domain.shared.ValidationException;

/**
 * Adds credits to a user's account (signup, subscription period, top-up purchase, bonus, refund,
 * admin adjustment) with one ledger row, exactly once per idempotency key, also under concurrent
 * calls. Joins the caller's unit of work, so a webhook can store its event and grant atomically.
 * Opens the account if the user has none yet.
 *
 * @throws ValidationException for a non-positive amount (except adjustments) or a non-grant type
 */
public interface GrantCreditsUseCase {

    CreditGrant grant(GrantCreditsCommand command);
}
