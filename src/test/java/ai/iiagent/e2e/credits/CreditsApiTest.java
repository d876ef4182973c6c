package ai.iiagent.e2e.credits;

import static ai.iiagent.e2e.credits.CreditFixtures.idOf;
import static ai.iiagent.e2e.credits.CreditFixtures.newUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The credits REST API: balance, history, per-session usage, and the admin endpoints. */
@QuarkusTest
class CreditsApiTest {

    private static final ModelPrice GPT_4O = ModelPrice.of("2.5", "10", "0", "1.25");

    @Inject
    ReserveCreditsUseCase reserve;

    @Inject
    SettleReservationUseCase settle;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void givenANewAccount_thenItHasTheSignupGrant_inTheBalanceAndTheLedger() {
        String token = newUser();

        as(token).get("/v1/credits/balance").then().statusCode(200)
                .body("credits", equalTo(300.0f)).body("bonus_credits", equalTo(0.0f))
                .body("total_credits", equalTo(300.0f)).body("reconciliation_required", equalTo(false));
        as(token).get("/v1/credits/history").then().statusCode(200)
                .body("total", equalTo(1)).body("transactions[0].transaction_type", equalTo("signup_grant"))
                .body("transactions[0].credit_type", equalTo("regular"))
                .body("transactions[0].amount", equalTo(300.0f)).body("transactions[0].balance_after", equalTo(300.0f));
    }

    @Test
    void givenABilledSessionCall_thenHistoryUsageAndTheSessionsCostShowIt_andNobodyElseSeesIt() {
        String token = newUser();
        UserId user = idOf(token);
        String session = as(token).contentType(ContentType.JSON).body(Map.of("name", "research")).post("/v1/sessions")
                .then().statusCode(201).extract().path("id");
        CreditReservation held = reserve.reserve(new ReserveCreditsCommand(user,
                BillingSubject.llm(UUID.fromString(session), UUID.randomUUID(), "openai", "gpt-4o"), "api-" + UUID.randomUUID(),
                new HoldRequest.Llm(GPT_4O, 2000, 4096, false)));
        TokenUsage used = new TokenUsage(2000, 1000, 0, 0, 0); // $0.005 + $0.01 = $0.015 = 1 credit
        settle.settle(new SettleReservationCommand(held.id(), used.cost(GPT_4O), used, used.costUsd(GPT_4O), false));

        as(token).get("/v1/credits/balance").then().body("credits", equalTo(299.0f));
        as(token).queryParam("transaction_type", "reservation_hold").get("/v1/credits/history").then().statusCode(200)
                .body("total", equalTo(1)).body("transactions[0].model_id", equalTo("gpt-4o"))
                .body("transactions[0].session_id", equalTo(session));
        as(token).queryParam("per_page", 1).queryParam("page", 2).get("/v1/credits/history").then()
                .body("transactions", hasSize(1)).body("total", equalTo(3)).body("page", equalTo(2));
        as(token).get("/v1/credits/usage").then().statusCode(200).body("total", equalTo(1))
                .body("sessions[0].session_id", equalTo(session)).body("sessions[0].session_title", equalTo("research"))
                .body("sessions[0].credits", equalTo(1.0f)).body("sessions[0].input_tokens", equalTo(2000));
        as(token).get("/v1/credits/usage/" + session).then().statusCode(200).body("total_credits", equalTo(1.0f))
                .body("calls", equalTo(1)).body("items.transaction_type", hasItem("reservation_hold"));

        // A stranger learns nothing, not even that the session exists: the same 404 as for no session at all.
        String stranger = newUser();
        as(stranger).get("/v1/credits/usage/" + session).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("session_not_found"));
        as(stranger).get("/v1/credits/usage/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("session_not_found"));
        as(stranger).get("/v1/credits/usage").then().body("sessions", empty());
    }

    @Test
    void givenTheOwnersSessionWithoutUsage_thenItsCostIsZero_whileAStrangerGets404() {
        String token = newUser();
        String session = as(token).contentType(ContentType.JSON).body(Map.of("name", "idle")).post("/v1/sessions")
                .then().statusCode(201).extract().path("id");

        as(token).get("/v1/credits/usage/" + session).then().statusCode(200).body("total_credits", equalTo(0.0f))
                .body("calls", equalTo(0)).body("items", empty());
        as(newUser()).get("/v1/credits/usage/" + session).then().statusCode(404)
                .body("code", equalTo("session_not_found"));
    }

    @Test
    void givenBadQueries_thenValidationProblemsWithStableCodes() {
        String token = newUser();
        as(token).queryParam("transaction_type", "gift").get("/v1/credits/history").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("invalid_transaction_type"));
        as(token).queryParam("per_page", 101).get("/v1/credits/history").then().statusCode(400)
                .body("code", equalTo("invalid_per_page"));
        as(token).queryParam("page", 0).get("/v1/credits/usage").then().statusCode(400).body("code", equalTo("invalid_page"));
        as(token).get("/v1/credits/usage/not-a-uuid").then().statusCode(400).body("code", equalTo("invalid_session_id"));
        given().when().get("/v1/credits/balance").then().statusCode(401);
    }

    @Test
    void givenAnAdmin_thenAdjustmentsAreIdempotent_usageIsReported_andTheLedgerIsConsistent() throws Exception {
        String admin = newUser();
        CreditFixtures.makeAdmin(dataSource, idOf(admin));
        String target = newUser();
        UserId targetId = idOf(target);
        Map<String, Object> body = Map.of("user_id", targetId.value(), "amount", -20, "pool", "regular", "reason", "refund reversed");

        as(admin).header("Idempotency-Key", "adj-" + targetId).contentType(ContentType.JSON).body(body)
                .post("/v1/admin/credits/adjust").then().statusCode(200).body("applied", equalTo(true))
                .body("credits", equalTo(280.0f));
        as(admin).header("Idempotency-Key", "adj-" + targetId).contentType(ContentType.JSON).body(body)
                .post("/v1/admin/credits/adjust").then().statusCode(200).body("applied", equalTo(false))
                .body("credits", equalTo(280.0f));
        as(target).get("/v1/credits/history").then().body("transactions.transaction_type",
                contains("adjustment", "signup_grant"));
        as(admin).contentType(ContentType.JSON).body(Map.of("user_id", UUID.randomUUID(), "amount", 5, "reason", "x"))
                .post("/v1/admin/credits/adjust").then().statusCode(404).body("code", equalTo("user_not_found"));
        as(admin).contentType(ContentType.JSON).body(Map.of("user_id", targetId.value(), "amount", 5))
                .post("/v1/admin/credits/adjust").then().statusCode(400);

        as(admin).get("/v1/admin/credits/consistency").then().statusCode(200).body("consistent", equalTo(true))
                .body("breaks", empty());
        as(admin).queryParam("group_by", "model").get("/v1/admin/usage").then().statusCode(200)
                .body("group_by", equalTo("model"));
        as(admin).queryParam("group_by", "planet").get("/v1/admin/usage").then().statusCode(400);
        as(target).get("/v1/admin/credits/consistency").then().statusCode(403);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).when();
    }
}
