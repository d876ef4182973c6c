package ai.iiagent.e2e.agents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/enhance-prompt} over real HTTP with the offline model: the rewrite comes back, the
 * call is held and settled like the socket's {@code enhance_prompt}; bad prompts and an empty
 * balance are refused as problem+json before any model call.
 */
@QuarkusTest
class EnhancePromptApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ReserveCreditsUseCase reserve;

    @Test
    void givenAPromptAndContext_whenEnhanced_thenTheRewriteComesBack_andTheCallIsHeldAndSettled() {
        String token = newUser();

        as(token).contentType(ContentType.JSON).body(Map.of("prompt", "make website", "context", "a bakery in Lyon"))
                .post("/v1/enhance-prompt").then().statusCode(200).contentType(ContentType.JSON)
                .body("original_prompt", equalTo("make website"))
                .body("enhanced_prompt", startsWith("Goal: make website"))
                .body("reasoning", equalTo("Making the request specific."));

        assertThat(count(token, "reservation_hold")).as("one hold, like the socket command").isEqualTo(1);
        JsonPath balance = balance(token);
        assertThat(new BigDecimal(balance.getString("held_credits"))).isZero();
        assertThat(new BigDecimal(balance.getString("total_credits"))).as("the call was charged")
                .isLessThan(new BigDecimal(300));
    }

    @Test
    void givenAnEmptyMissingOrOversizedPrompt_thenProblemJson_andNothingIsHeld_whileAGoodOneSucceeds() {
        String token = newUser();

        refused(token, Map.of("prompt", "   "), 400, "empty_prompt");
        refused(token, Map.of("context", "only context"), 400, "empty_prompt");
        refused(token, Map.of("prompt", "x".repeat(20_001)), 400, "prompt_too_long");
        refused(token, Map.of("prompt", "fine", "context", "y".repeat(20_001)), 400, "prompt_too_long");
        assertThat(count(token, "reservation_hold")).isZero();

        as(token).contentType(ContentType.JSON).body(Map.of("prompt", "x".repeat(20_000))).post("/v1/enhance-prompt")
                .then().statusCode(200).body("original_prompt.length()", equalTo(20_000));
        assertThat(count(token, "reservation_hold")).isEqualTo(1);
    }

    @Test
    void givenNoCreditsLeft_thenPaymentRequired_andNoModelCallIsHeld() {
        String token = newUser();
        UserId user = UserId.of(UUID.fromString(as(token).get("/auth/me").then().statusCode(200).extract().path("id")));
        reserve.reserve(new ReserveCreditsCommand(user, BillingSubject.tool(null, UUID.randomUUID(), "drain"),
                "drain-" + UUID.randomUUID(), new HoldRequest.Fixed(Credits.of(300))));

        refused(token, Map.of("prompt", "make website"), 402, "insufficient_credits");

        assertThat(count(token, "reservation_hold")).as("only the drain").isEqualTo(1);
    }

    @Test
    void givenNoCredentials_thenUnauthorized() {
        given().contentType(ContentType.JSON).body(Map.of("prompt", "make website")).post("/v1/enhance-prompt")
                .then().statusCode(401);
    }

    private static void refused(String token, Map<String, Object> body, int status, String code) {
        as(token).contentType(ContentType.JSON).body(new HashMap<>(body)).post("/v1/enhance-prompt").then()
                .statusCode(status).contentType(PROBLEM).body("code", equalTo(code));
    }

    private static int count(String token, String type) {
        return as(token).queryParam("transaction_type", type).get("/v1/credits/history").then().statusCode(200)
                .extract().path("total");
    }

    private static JsonPath balance(String token) {
        return as(token).get("/v1/credits/balance").then().statusCode(200).extract().jsonPath();
    }

    private static String newUser() {
        return given().contentType(ContentType.JSON).body(Map.of("email", "enhance-" + UUID.randomUUID() + "@example.org",
                "password", "correct horse")).post("/auth/local/register").then().statusCode(201).extract()
                .path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
