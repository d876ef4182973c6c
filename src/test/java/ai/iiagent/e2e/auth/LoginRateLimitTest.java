package ai.iiagent.e2e.auth;

import static ai.iiagent.e2e.auth.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginRateLimitTest {

    @Test
    void givenFiveFailedLogins_whenTryingAgain_thenTooManyRequestsWithRetryAfter_evenWithRightPassword() {
        String email = Accounts.uniqueEmail("throttle");
        Accounts.register(email);
        for (int i = 0; i < 5; i++) {
            login(email, "wrong password").then().statusCode(401);
        }

        login(email, PASSWORD).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("code", equalTo("too_many_login_attempts"));
    }

    private static io.restassured.response.Response login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/auth/local/login");
    }
}
