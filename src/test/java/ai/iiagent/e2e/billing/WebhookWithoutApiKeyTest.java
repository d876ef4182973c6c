package ai.iiagent.e2e.billing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A webhook secret without an API key: checkouts are off, signed events are still verified and applied. */
@QuarkusTest
@TestProfile(WebhookWithoutApiKeyTest.WebhookSecretOnly.class)
class WebhookWithoutApiKeyTest {

    public static class WebhookSecretOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stripe.webhook-secret", StripeStandIn.WEBHOOK_SECRET,
                    "stripe.price-plus-monthly", StripeStandIn.PRICE_PLUS_MONTHLY);
        }
    }

    @Inject
    GetCreditBalanceUseCase balances;

    @Test
    void givenOnlyWebhookSecret_whenSignedInvoiceArrives_thenCreditsGranted_butCheckoutIsNotConfigured() {
        BillingUsers user = BillingUsers.create();
        UserId id = UserId.of(UUID.fromString(user.id()));
        Credits before = balances.balance(new GetCreditBalanceQuery(id)).regular();

        StripeEvents.deliverSigned(StripeEvents.invoicePaid(StripeEvents.newEventId(), "in_NoKey" + user.id().substring(0, 8),
                user.id(), "cus_NoKey" + user.id().substring(0, 8), "sub_NoKey" + user.id().substring(0, 8),
                StripeStandIn.PRICE_PLUS_MONTHLY), StripeStandIn.WEBHOOK_SECRET)
                .then().statusCode(200).body("outcome", equalTo("applied"));
        StripeEvents.deliver(StripeEvents.event(StripeEvents.newEventId(), "invoice.payment_succeeded", "{}"), "t=1,v1=00")
                .then().statusCode(400).body("code", equalTo("invalid_webhook_signature"));

        assertThat(balances.balance(new GetCreditBalanceQuery(id)).regular()).isEqualTo(before.plus(Credits.of(2000)));
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("planId", "plus", "billingCycle", "monthly"))
                .when().post("/billing/checkout-session").then().statusCode(503).body("code", equalTo("billing_not_configured"));
    }
}
