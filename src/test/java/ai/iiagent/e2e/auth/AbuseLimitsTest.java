package ai.iiagent.e2e.auth;

import static ai.iiagent.e2e.auth.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Sign-up and sign-in limits with low figures, the test client acting as a trusted proxy that names
 * each client in X-Forwarded-For (so every test has addresses of its own).
 */
@QuarkusTest
@TestProfile(AbuseLimitsTest.LowLimitsBehindTrustedProxy.class)
class AbuseLimitsTest {

    public static class LowLimitsBehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.http.trusted-proxies", "127.0.0.1/32,::1/128",
                    "app.auth.max-signups-per-address", "2",
                    "app.auth.max-signups", "3",
                    "app.auth.max-failed-logins-per-address", "3");
        }
    }

    @Test
    void givenLowSignUpLimits_whenOneAddressAndThenManySignUp_thenRefusedPerAddressThenGlobally() {
        String first = randomAddress();
        register(first).then().statusCode(201);
        register(first).then().statusCode(201);
        assertTooMany(register(first), "too_many_signups");

        // Another client behind the trusted proxy has its own allowance, until the overall one is used up.
        register(randomAddress()).then().statusCode(201);
        assertTooMany(register(randomAddress()), "too_many_signups");
    }

    @Test
    void givenWrongPasswordsForManyEmails_whenTheAddressPassesTheLimit_thenRefusedWhileOthersMayStillTry() {
        String attacker = randomAddress();
        for (int i = 0; i < 3; i++) {
            login(attacker, Accounts.uniqueEmail("spray"), "wrong password").then().statusCode(401)
                    .body("code", equalTo("invalid_credentials"));
        }
        assertTooMany(login(attacker, Accounts.uniqueEmail("spray"), PASSWORD), "too_many_login_attempts");

        login(randomAddress(), Accounts.uniqueEmail("honest"), "wrong password").then().statusCode(401);
    }

    static void assertTooMany(Response response, String code) {
        response.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("code", equalTo(code));
    }

    /** A sign-up naming its client the way a proxy would, after a spoofed entry the client itself sent. */
    static Response register(String clientAddress) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", randomAddress() + ", " + clientAddress)
                .header("Forwarded", "for=" + clientAddress)
                .body(Map.of("email", Accounts.uniqueEmail("limit"), "password", PASSWORD, "first_name", "Test"))
                .when().post("/auth/local/register");
    }

    private static Response login(String clientAddress, String email, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", clientAddress)
                .body(Map.of("email", email, "password", password))
                .when().post("/auth/local/login");
    }

    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 200) + "." + random.nextInt(1, 255);
    }
}
