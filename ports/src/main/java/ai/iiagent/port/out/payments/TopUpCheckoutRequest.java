package ai.iiagent.port.out.payments;

import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/**
 * A hosted one-off payment of {@code amountCents} US cents for {@code credits} credits.
 *
 * @param customerId the provider customer to reuse, or null to create one for {@code customerEmail}
 */
public record TopUpCheckoutRequest(UserId userId, String customerId, String customerEmail, long credits,
                                   long amountCents, String successUrl, String cancelUrl) {

    public TopUpCheckoutRequest {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
        if (credits <= 0 || amountCents <= 0) {
            throw new IllegalArgumentException("a top-up sells a positive number of credits for a positive amount");
        }
    }
}
