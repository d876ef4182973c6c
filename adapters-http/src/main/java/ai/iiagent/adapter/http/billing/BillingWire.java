package ai.iiagent.adapter.http.billing;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** Request and response bodies of /billing. Requests take the original's camelCase names and snake_case alike. */
final class BillingWire {

    private BillingWire() {
    }

    record CheckoutRequest(@JsonProperty("planId") @JsonAlias("plan_id") String planId,
                           @JsonProperty("billingCycle") @JsonAlias("billing_cycle") String billingCycle,
                           @JsonProperty("returnUrl") @JsonAlias("return_url") String returnUrl) {
    }

    record TopUpRequest(Long credits) {
    }

    record PortalRequest(@JsonProperty("returnUrl") @JsonAlias("return_url") String returnUrl) {
    }

    record CheckoutSessionResponse(String url, String sessionId) {
    }

    record PortalSessionResponse(String url) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SubscriptionResponse(String plan, String status, String billingCycle, Instant currentPeriodEnd,
                                boolean hasBillingAccount, BigDecimal monthlyCredits, boolean billingConfigured) {
    }

    record WebhookAck(boolean received, String outcome) {
    }
}
