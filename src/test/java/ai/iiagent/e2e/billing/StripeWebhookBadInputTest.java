package ai.iiagent.e2e.billing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever arrives at the webhook, the answer is a 400 with a code, never a 500: malformed signature headers,
 * timestamps outside the tolerance on either side, and correctly signed events of an odd shape.
 */
@QuarkusTest
@WithTestResource(StripeStandIn.class)
class StripeWebhookBadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    GetCreditBalanceUseCase balances;

    @ParameterizedTest
    @ValueSource(strings = {"t=abc,v1=%s", "t=,v1=%s", "t=99999999999999999999999,v1=%s", "t=-5,v1=%s",
            "v1=%s", "t=%2$d", "t=%2$d,v1=", "t=%2$d,v1=zz", "garbage", ",,,"})
    void givenMalformedSignatureHeader_whenDelivered_then400InvalidSignature(String header) {
        BillingUsers user = BillingUsers.create();
        Credits before = regular(user);
        String payload = invoice(StripeEvents.newEventId(), user);
        long now = Instant.now().getEpochSecond();
        String valid = StripeEvents.signature(payload, StripeStandIn.WEBHOOK_SECRET, now);
        String hex = valid.substring(valid.indexOf("v1=") + 3);

        StripeEvents.deliver(payload, header.formatted(hex, now)).then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("invalid_webhook_signature"));

        assertThat(regular(user)).isEqualTo(before);
    }

    @Test
    void givenTimestampBeyondToleranceInTheFuture_whenDelivered_then400AndNotCredited() {
        BillingUsers user = BillingUsers.create();
        Credits before = regular(user);
        String payload = invoice(StripeEvents.newEventId(), user);
        long sixMinutesAhead = Instant.now().plusSeconds(360).getEpochSecond();

        StripeEvents.deliver(payload, StripeEvents.signature(payload, StripeStandIn.WEBHOOK_SECRET, sixMinutesAhead))
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("invalid_webhook_signature"));
        assertThat(regular(user)).isEqualTo(before);

        // The same event signed now is credited: the refusal was about the timestamp alone.
        long aMinuteAhead = Instant.now().plusSeconds(60).getEpochSecond();
        StripeEvents.deliver(payload, StripeEvents.signature(payload, StripeStandIn.WEBHOOK_SECRET, aMinuteAhead))
                .then().statusCode(200).body("outcome", equalTo("applied"));
        assertThat(regular(user)).isEqualTo(before.plus(Credits.of(2000)));
    }

    static Stream<String> oddPayloads() {
        String id = "\"id\":\"" + StripeEvents.newEventId() + "\"";
        return Stream.of(
                "not json at all",
                "[1,2,3]",
                "\"a string\"",
                "{}",
                "{\"type\":\"invoice.payment_succeeded\",\"data\":{\"object\":{\"id\":\"in_1\"}}}",
                "{" + id + ",\"data\":{\"object\":{\"id\":\"in_1\"}}}",
                "{" + id + ",\"type\":42,\"data\":{\"object\":{\"id\":\"in_1\"}}}",
                "{\"id\":{\"x\":1},\"type\":\"invoice.payment_succeeded\",\"data\":{\"object\":{\"id\":\"in_1\"}}}",
                "{" + id + ",\"type\":\"invoice.payment_succeeded\"}",
                "{" + id + ",\"type\":\"invoice.payment_succeeded\",\"data\":\"object\"}",
                "{" + id + ",\"type\":\"invoice.payment_succeeded\",\"data\":{\"object\":[1]}}",
                "{" + id + ",\"type\":\"invoice.payment_succeeded\",\"data\":{\"object\":{\"amount_paid\":900}}}",
                "{" + id + ",\"type\":\"invoice.payment_succeeded\",\"data\":{\"object\":{\"id\":7}}}",
                "{" + id + ",\"type\":\"invoice.payment_succeeded\",\"data\":{\"object\":{\"id\":\"in_1\","
                        + "\"amount_paid\":\"lots\"}}}",
                "{" + id + ",\"type\":\"invoice.payment_succeeded\",\"data\":{\"object\":{\"id\":\"in_1\","
                        + "\"customer\":42,\"lines\":\"none\"}}}",
                "{" + id + ",\"type\":\"checkout.session.completed\",\"data\":{\"object\":{\"object\":\"checkout.session\","
                        + "\"mode\":\"payment\"}}}",
                "{" + id + ",\"type\":\"checkout.session.completed\",\"data\":{\"object\":{\"id\":\"cs_1\","
                        + "\"mode\":[\"payment\"],\"metadata\":\"user\"}}}",
                "{" + id + ",\"type\":\"customer.subscription.updated\",\"data\":{\"object\":{\"id\":\"sub_1\","
                        + "\"items\":{\"data\":[{\"current_period_end\":\"tomorrow\"}]}}}}",
                "{" + id + ",\"type\":\"invoice.payment_succeeded\",\"data\":{\"object\":{\"id\":\"in_1\\u0000\"}}}",
                "{\"id\":\"evt_" + "x".repeat(300) + "\",\"type\":\"charge.updated\",\"data\":{\"object\":{\"id\":\"ch_1\"}}}",
                "{\"id\":\"evt_1\\u0000\",\"type\":\"charge.updated\",\"data\":{\"object\":{\"id\":\"ch_1\"}}}");
    }

    @ParameterizedTest
    @MethodSource("oddPayloads")
    void givenSignedEventOfOddShape_whenDelivered_then400MalformedEvent(String payload) {
        StripeEvents.deliverSigned(payload, StripeStandIn.WEBHOOK_SECRET).then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("malformed_webhook_event"));
    }

    @Test
    void givenSignedNormalEvent_whenDelivered_thenCredited() {
        BillingUsers user = BillingUsers.create();
        Credits before = regular(user);

        StripeEvents.deliverSigned(invoice(StripeEvents.newEventId(), user), StripeStandIn.WEBHOOK_SECRET)
                .then().statusCode(200).body("outcome", equalTo("applied"));

        assertThat(regular(user)).isEqualTo(before.plus(Credits.of(2000)));
        given().auth().oauth2(user.token()).when().get("/billing/subscription").then().statusCode(200)
                .body("plan", equalTo("plus"));
    }

    private static String invoice(String eventId, BillingUsers user) {
        String suffix = user.id().substring(0, 8);
        return StripeEvents.invoicePaid(eventId, "in_" + UUID.randomUUID().toString().replace("-", ""), user.id(),
                "cus_Odd" + suffix, "sub_Odd" + suffix, StripeStandIn.PRICE_PLUS_MONTHLY);
    }

    private Credits regular(BillingUsers user) {
        return balances.balance(new GetCreditBalanceQuery(UserId.of(UUID.fromString(user.id())))).regular();
    }
}
