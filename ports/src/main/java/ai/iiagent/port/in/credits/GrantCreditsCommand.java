package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/**
 * Credits added to (or, for an admin {@code adjustment}, removed from) a user's pool.
 *
 * @param idempotencyKey unique per grant (e.g. {@code stripe:<event id>}, {@code signup:<user id>},
 *                       {@code refresh:<user>:<yyyy-MM>}): a second grant with the same key changes nothing
 */
public record GrantCreditsCommand(UserId userId, Credits amount, CreditPool pool, LedgerEntryType type,
                                  String idempotencyKey, String reason) {

    public GrantCreditsCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("an idempotency key has 1 to 200 characters");
        }
    }
}
