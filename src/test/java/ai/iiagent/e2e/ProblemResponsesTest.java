package ai.iiagent.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every failure is application/problem+json with a stable code and the request id. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @CsvSource({
            "validation, 400, invalid_email",
            "not-found, 404, session_not_found",
            "conflict, 409, run_already_active",
            "payment, 402, insufficient_credits",
            "rate, 429, too_many_login_attempts"})
    void givenDomainError_whenRequestFails_thenProblemWithCategoryStatusAndCode(String kind, int status, String code) {
        given().when().get("/test-only/fail/" + kind)
                .then().statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("https://ii-agent.dev/problems/" + code.replace('_', '-')))
                .body("instance", equalTo("/test-only/fail/" + kind));
    }

    @Test
    void givenRateLimit_whenRequestFails_thenRetryAfterHeader() {
        given().when().get("/test-only/fail/rate").then().statusCode(429).header("Retry-After", "42");
    }

    @Test
    void givenUnexpectedBug_whenRequestFails_then500WithoutInternals() {
        given().when().get("/test-only/fail/bug")
                .then().statusCode(500).contentType(PROBLEM)
                .body("code", equalTo("internal_error"))
                .body(not(containsString("hunter2")))
                .body(not(containsString("SecretLeakingBug")));
    }

    @Test
    void givenUnknownPath_whenRequested_thenNotFoundProblem() {
        given().when().get("/v1/does-not-exist")
                .then().statusCode(404).contentType(PROBLEM).body("code", equalTo("not_found"));
    }

    @Test
    void givenWrongMethod_whenRequested_thenMethodNotAllowedProblem() {
        given().when().delete("/health")
                .then().statusCode(405).contentType(PROBLEM).body("code", equalTo("method_not_allowed"));
    }

    @Test
    void givenWellFormedRequestId_whenRequestFails_thenEchoedInHeaderAndBody() {
        given().header("X-Request-Id", "trace-1234abcd").when().get("/test-only/fail/conflict")
                .then().header("X-Request-Id", "trace-1234abcd").body("request_id", equalTo("trace-1234abcd"));
    }

    @Test
    void givenForgedRequestId_whenRequested_thenReplacedByGeneratedId() {
        given().header("X-Request-Id", "evil\" injected=1").when().get("/health")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
