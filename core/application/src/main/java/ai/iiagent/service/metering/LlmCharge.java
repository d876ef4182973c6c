package ai.iiagent.service.metering;

import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;
import java.util.UUID;

/**
 * Who pays for an LLM turn and at what price. {@code callKey} identifies the call within its run
 * (e.g. "turn-3"): with the run id it makes the reservation's idempotency key, so a retried turn
 * never holds twice. {@code byok}: the user's own key, billed zero through the same path.
 */
public record LlmCharge(UserId userId, UUID sessionId, UUID runId, String callKey, ModelPrice price, int modelCap,
                        boolean byok) {

    public LlmCharge {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(callKey, "callKey");
        Objects.requireNonNull(price, "price");
    }

    String idempotencyKey() {
        return "llm:" + (runId == null ? "norun" : runId) + ":" + callKey;
    }
}
