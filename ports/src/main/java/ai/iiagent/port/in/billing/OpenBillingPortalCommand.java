package ai.iiagent.port.in.billing;

import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** @param returnUrl where the portal's "back" link goes; null for the configured return URL */
public record OpenBillingPortalCommand(UserId userId, String returnUrl) {

    public OpenBillingPortalCommand {
        Objects.requireNonNull(userId, "userId");
    }
}
