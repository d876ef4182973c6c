package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** Hold credits for one call; {@code idempotencyKey} identifies the call (run id + turn + call). */
public record ReserveCreditsCommand(UserId userId, BillingSubject subject, String idempotencyKey, HoldRequest hold) {

    public ReserveCreditsCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(hold, "hold");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 160) {
            throw new IllegalArgumentException("an idempotency key has 1 to 160 characters");
        }
    }
}
