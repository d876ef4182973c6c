package ai.iiagent.service.metering;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;
import java.util.UUID;

/** Who pays for a paid tool call, its declared maximum cost, and the call's key within its run. */
public record ToolCharge(UserId userId, UUID sessionId, UUID runId, String toolName, String callKey, Credits maxCost) {

    public ToolCharge {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(callKey, "callKey");
        Objects.requireNonNull(maxCost, "maxCost");
    }

    String idempotencyKey() {
        return "tool:" + (runId == null ? "norun" : runId) + ":" + callKey;
    }
}
