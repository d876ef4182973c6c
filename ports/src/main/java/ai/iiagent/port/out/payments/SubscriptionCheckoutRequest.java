package ai.iiagent.port.out.payments;

import ai.iiagent.domain.billing.PlanPrice;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/**
 * A hosted subscription checkout for one price.
 *
 * @param customerId the provider customer to reuse, or null to let checkout create one for {@code customerEmail}
 */
public record SubscriptionCheckoutRequest(UserId userId, String customerId, String customerEmail, String priceId,
                                          PlanPrice price, String successUrl, String cancelUrl) {

    public SubscriptionCheckoutRequest {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(priceId, "priceId");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
    }
}
