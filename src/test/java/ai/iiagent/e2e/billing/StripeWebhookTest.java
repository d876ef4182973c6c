package ai.iiagent.e2e.billing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The signed webhook: verification first, each event applied once, credits through the credits feature. */
@QuarkusTest
@WithTestResource(StripeStandIn.class)
class StripeWebhookTest {

    @Inject
    GetCreditBalanceUseCase balances;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/billing/webhook")
    URI webhook;

    @Test
    void givenGoodSignature_whenInvoicePaid_thenPlanCreditsGrantedAndPlanActive() {
        BillingUsers user = BillingUsers.create();
        Credits before = regular(user);
        String eventId = StripeEvents.newEventId();

        StripeEvents.deliverSigned(invoice(eventId, user), StripeStandIn.WEBHOOK_SECRET)
                .then().statusCode(200).body("outcome", equalTo("applied"));

        assertThat(regular(user)).isEqualTo(before.plus(Credits.of(2000)));
        assertThat(storedEvents(eventId)).isEqualTo(1);
        given().auth().oauth2(user.token()).when().get("/billing/subscription")
                .then().statusCode(200).body("plan", equalTo("plus")).body("status", equalTo("active"))
                .body("billing_cycle", equalTo("monthly")).body("has_billing_account", equalTo(true))
                .body("billing_configured", equalTo(true));
    }

    @Test
    void givenBadSignature_whenDelivered_then400AndNothingStored() {
        BillingUsers user = BillingUsers.create();
        Credits before = regular(user);
        String eventId = StripeEvents.newEventId();
        String payload = invoice(eventId, user);

        StripeEvents.deliverSigned(payload, "whsec_someone_else").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("invalid_webhook_signature"));
        StripeEvents.deliver(payload.replace("\"amount_paid\":900", "\"amount_paid\":1"),
                        StripeEvents.signature(payload, StripeStandIn.WEBHOOK_SECRET, Instant.now().getEpochSecond()))
                .then().statusCode(400).body("code", equalTo("invalid_webhook_signature"));
        given().body(payload).when().post("/billing/webhook").then().statusCode(400)
                .body("code", equalTo("invalid_webhook_signature"));

        assertThat(storedEvents(eventId)).isZero();
        assertThat(regular(user)).isEqualTo(before);
    }

    @Test
    void givenStaleTimestamp_whenDelivered_then400AndNothingStored() {
        BillingUsers user = BillingUsers.create();
        String eventId = StripeEvents.newEventId();
        String payload = invoice(eventId, user);
        long sixMinutesAgo = Instant.now().minusSeconds(360).getEpochSecond();

        StripeEvents.deliver(payload, StripeEvents.signature(payload, StripeStandIn.WEBHOOK_SECRET, sixMinutesAgo))
                .then().statusCode(400).body("code", equalTo("invalid_webhook_signature"));

        assertThat(storedEvents(eventId)).isZero();
    }

    @Test
    void givenSameEvent_whenDelivered50TimesConcurrently_thenCreditedOnce() throws Exception {
        BillingUsers user = BillingUsers.create();
        Credits before = regular(user);
        String eventId = StripeEvents.newEventId();
        String payload = invoice(eventId, user);
        String signature = StripeEvents.signature(payload, StripeStandIn.WEBHOOK_SECRET, Instant.now().getEpochSecond());

        List<Integer> statuses = deliverConcurrently(payload, signature, 50);

        assertThat(statuses).hasSize(50).containsOnly(200);
        assertThat(regular(user)).isEqualTo(before.plus(Credits.of(2000)));
        assertThat(storedEvents(eventId)).isEqualTo(1);
    }

    @Test
    void givenUnknownEventType_whenDelivered_then200AndRecordedAsIgnored() throws SQLException {
        String eventId = StripeEvents.newEventId();

        StripeEvents.deliverSigned(StripeEvents.event(eventId, "charge.refund.updated",
                        "{\"id\":\"re_1Test\",\"object\":\"refund\",\"amount\":100}"), StripeStandIn.WEBHOOK_SECRET)
                .then().statusCode(200).body("outcome", equalTo("ignored"));

        assertThat(storedEvents(eventId)).isEqualTo(1);
        assertThat(outcomeOf(eventId)).isEqualTo("ignored");
    }

    @Test
    void givenPaidTopUp_whenCheckoutCompleted_thenPurchasedCreditsGranted() {
        BillingUsers user = BillingUsers.create();
        Credits before = regular(user);

        StripeEvents.deliverSigned(StripeEvents.checkoutCompleted(StripeEvents.newEventId(), "cs_test_" + UUID.randomUUID(),
                        "payment", "cus_Top" + user.id().substring(0, 8), null,
                        Map.of("user_id", user.id(), "kind", "credit_topup", "credits", "1500")), StripeStandIn.WEBHOOK_SECRET)
                .then().statusCode(200).body("outcome", equalTo("applied"));

        assertThat(regular(user)).isEqualTo(before.plus(Credits.of(1500)));
    }

    @Test
    void givenSubscriptionDeleted_whenDelivered_thenPlanIsFree() {
        BillingUsers user = BillingUsers.create();
        String customer = "cus_Del" + user.id().substring(0, 8);
        String subscription = "sub_Del" + user.id().substring(0, 8);
        StripeEvents.deliverSigned(StripeEvents.checkoutCompleted(StripeEvents.newEventId(), "cs_test_" + UUID.randomUUID(),
                "subscription", customer, subscription,
                Map.of("user_id", user.id(), "plan_id", "plus", "billing_cycle", "monthly")), StripeStandIn.WEBHOOK_SECRET)
                .then().statusCode(200);
        given().auth().oauth2(user.token()).when().get("/billing/subscription").then().body("plan", equalTo("plus"));

        StripeEvents.deliverSigned(StripeEvents.subscriptionDeleted(StripeEvents.newEventId(), subscription, customer, user.id()),
                StripeStandIn.WEBHOOK_SECRET).then().statusCode(200).body("outcome", equalTo("applied"));

        given().auth().oauth2(user.token()).when().get("/billing/subscription")
                .then().statusCode(200).body("plan", equalTo("free")).body("status", equalTo("canceled"))
                .body("billing_cycle", equalTo(null)).body("monthly_credits", equalTo(500.0f));
    }

    private static String invoice(String eventId, BillingUsers user) {
        String suffix = user.id().substring(0, 8);
        return StripeEvents.invoicePaid(eventId, "in_" + UUID.randomUUID().toString().replace("-", ""), user.id(),
                "cus_Inv" + suffix, "sub_Inv" + suffix, StripeStandIn.PRICE_PLUS_MONTHLY);
    }

    private List<Integer> deliverConcurrently(String payload, String signature, int times) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(times)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    HttpRequest request = HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                            .header("Stripe-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(payload)).build();
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        }
    }

    private Credits regular(BillingUsers user) {
        return balances.balance(new GetCreditBalanceQuery(UserId.of(UUID.fromString(user.id())))).regular();
    }

    private int storedEvents(String eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from billing_transactions where stripe_event_id = ?")) {
            count.setString(1, eventId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String outcomeOf(String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select outcome from billing_transactions where stripe_event_id = ?")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
