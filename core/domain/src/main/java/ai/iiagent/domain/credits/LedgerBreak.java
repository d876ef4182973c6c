package ai.iiagent.domain.credits;

import ai.iiagent.domain.users.UserId;

/**
 * A place where the books do not add up: a pool whose ledger sum differs from its balance
 * ({@code kind} "pool_sum"), or a reservation whose entries disagree with its state ("reservation").
 */
public record LedgerBreak(UserId userId, String kind, String detail) {
}
