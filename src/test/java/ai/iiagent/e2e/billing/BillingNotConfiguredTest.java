package ai.iiagent.e2e.billing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no Stripe settings (the default): clear 503s, and the subscription still reads as free. */
@QuarkusTest
class BillingNotConfiguredTest {

    @Test
    void givenNoSecretKey_whenCheckoutTopUpOrPortal_then503BillingNotConfigured() {
        BillingUsers user = BillingUsers.create();

        for (String path : new String[] {"/billing/checkout-session", "/billing/topup-session", "/billing/portal-session"}) {
            given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                    .body(Map.of("planId", "plus", "billingCycle", "monthly", "credits", 1000))
                    .when().post(path)
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("code", equalTo("billing_not_configured"));
        }
    }

    @Test
    void givenNoWebhookSecret_whenWebhookDelivered_then503AndNotAccepted() {
        String payload = StripeEvents.event(StripeEvents.newEventId(), "invoice.payment_succeeded", "{}");

        StripeEvents.deliverSigned(payload, "whsec_anything").then().statusCode(503).body("code", equalTo("billing_not_configured"));
    }

    @Test
    void givenNeverPaid_whenSubscriptionRead_thenFreePlan() {
        BillingUsers user = BillingUsers.create();

        given().auth().oauth2(user.token()).when().get("/billing/subscription")
                .then().statusCode(200).body("plan", equalTo("free")).body("status", nullValue())
                .body("has_billing_account", equalTo(false)).body("monthly_credits", equalTo(300.0f))
                .body("billing_configured", equalTo(false));
    }
}
