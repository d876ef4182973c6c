package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.Credits;

/**
 * The outcome of a grant: {@code applied} false when the idempotency key had been used already
 * (nothing changed); the balances are the account's after the call either way.
 */
public record CreditGrant(boolean applied, Credits regular, Credits bonus) {
}
