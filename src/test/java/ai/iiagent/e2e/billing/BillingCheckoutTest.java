package ai.iiagent.e2e.billing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checkout, top-up and portal sessions through the real Stripe client against the Stripe stand-in. */
@QuarkusTest
@WithTestResource(StripeStandIn.class)
class BillingCheckoutTest {

    @Test
    void givenNewUser_whenSubscriptionCheckout_thenStripeGetsPriceMetadataAndEmail() {
        BillingUsers user = BillingUsers.create();

        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("planId", "plus", "billingCycle", "monthly"))
                .when().post("/billing/checkout-session")
                .then().statusCode(200)
                .body("session_id", equalTo(StripeStandIn.SUBSCRIPTION_SESSION))
                .body("url", equalTo("https://checkout.stripe.com/c/pay/" + StripeStandIn.SUBSCRIPTION_SESSION
                        + "#fidkdWxOYHwnPyd1blpxYHZxWjA0"));

        Map<String, String> form = StripeStandIn.lastForm("/v1/checkout/sessions");
        assertThat(form).containsEntry("mode", "subscription")
                .containsEntry("line_items[0][price]", StripeStandIn.PRICE_PLUS_MONTHLY)
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("customer_email", user.email())
                .containsEntry("client_reference_id", user.id())
                .containsEntry("metadata[user_id]", user.id()).containsEntry("metadata[plan_id]", "plus")
                .containsEntry("metadata[billing_cycle]", "monthly")
                .containsEntry("subscription_data[metadata][user_id]", user.id())
                .containsEntry("subscription_data[metadata][plan_id]", "plus")
                .containsEntry("success_url", "https://app.example/billing/done")
                .containsEntry("cancel_url", "https://app.example/billing/cancelled")
                .doesNotContainKey("customer");
        assertThat(StripeStandIn.server.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/v1/checkout/sessions"))).getLast()
                .getHeader("Authorization")).isEqualTo("Bearer " + StripeStandIn.SECRET_KEY);
    }

    @Test
    void givenLinkedCustomer_whenCheckoutAndPortal_thenTheCustomerIsReused() {
        BillingUsers user = BillingUsers.create();
        String customer = "cus_Linked" + user.id().substring(0, 8);
        StripeEvents.deliverSigned(StripeEvents.checkoutCompleted(StripeEvents.newEventId(), "cs_test_done", "payment", customer,
                null, Map.of("user_id", user.id(), "kind", "credit_topup", "credits", "100")), StripeStandIn.WEBHOOK_SECRET)
                .then().statusCode(200);

        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("planId", "pro", "billingCycle", "annually", "returnUrl", "https://ui.example/plans"))
                .when().post("/billing/checkout-session").then().statusCode(200);
        assertThat(StripeStandIn.lastForm("/v1/checkout/sessions")).containsEntry("customer", customer)
                .containsEntry("line_items[0][price]", StripeStandIn.PRICE_PRO_ANNUALLY)
                .containsEntry("success_url", "https://ui.example/plans?checkout=success")
                .doesNotContainKey("customer_email");

        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("returnUrl", "https://ui.example/"))
                .when().post("/billing/portal-session")
                .then().statusCode(200).body("url", equalTo("https://billing.stripe.com/p/session/test_YWNjdF8x"));
        assertThat(StripeStandIn.lastForm("/v1/billing_portal/sessions")).containsEntry("customer", customer)
                .containsEntry("return_url", "https://ui.example/");
    }

    @Test
    void givenCredits_whenTopUpSession_thenOneOffPaymentWithCreditsInMetadata() {
        BillingUsers user = BillingUsers.create();

        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("credits", 1000))
                .when().post("/billing/topup-session")
                .then().statusCode(200).body("session_id", equalTo(StripeStandIn.PAYMENT_SESSION));

        assertThat(StripeStandIn.lastForm("/v1/checkout/sessions")).containsEntry("mode", "payment")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("line_items[0][price_data][unit_amount]", "1500")
                .containsEntry("line_items[0][price_data][product_data][name]", "1000 II-Agent credits")
                .containsEntry("metadata[user_id]", user.id()).containsEntry("metadata[credits]", "1000")
                .containsEntry("metadata[kind]", "credit_topup")
                .containsEntry("payment_intent_data[metadata][credits]", "1000")
                .containsEntry("customer_creation", "always");
    }

    @Test
    void givenBadRequests_whenBilling_thenProblemsWithCodes() {
        BillingUsers user = BillingUsers.create();

        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("planId", "free", "billingCycle", "monthly"))
                .when().post("/billing/checkout-session")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid_plan"));
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("planId", "pro", "billingCycle", "monthly"))
                .when().post("/billing/checkout-session")
                .then().statusCode(503).body("code", equalTo("billing_plan_not_configured"));
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("credits", 5))
                .when().post("/billing/topup-session").then().statusCode(400).body("code", equalTo("invalid_topup_amount"));
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body("{}")
                .when().post("/billing/portal-session").then().statusCode(409).body("code", equalTo("no_billing_customer"));
        given().contentType(ContentType.JSON).body(Map.of("planId", "plus", "billingCycle", "monthly"))
                .when().post("/billing/checkout-session").then().statusCode(401);
    }
}
