package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;

/**
 * A user's balance: both pools, their sum (what is left to spend), what running calls hold now
 * (already taken out of the pools; returned or charged when they end), and whether a settlement
 * left something to reconcile.
 */
public record CreditBalance(UserId userId, Credits regular, Credits bonus, Credits total, Credits held,
                            boolean reconciliationRequired) {
}
