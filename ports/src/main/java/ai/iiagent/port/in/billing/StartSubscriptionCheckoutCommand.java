package ai.iiagent.port.in.billing;

import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/**
 * Who subscribes to which plan and cycle (wire codes, validated by the service).
 *
 * @param returnUrl where the provider sends the user back; null for the configured success/cancel URLs
 */
public record StartSubscriptionCheckoutCommand(UserId userId, String planId, String billingCycle, String returnUrl) {

    public StartSubscriptionCheckoutCommand {
        Objects.requireNonNull(userId, "userId");
    }
}
