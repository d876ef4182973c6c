package ai.iiagent.e2e.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx problem with a stable code, never a 500. */
@QuarkusTest
class AuthInputErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void givenMalformedJson_whenRegistering_thenMalformedRequest() {
        given().contentType(ContentType.JSON).body("{\"email\": ").when().post("/auth/local/register")
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("malformed_request"));
    }

    @Test
    void givenNoBody_whenLoggingIn_thenBodyRequired() {
        given().contentType(ContentType.JSON).when().post("/auth/local/login")
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("body_required"));
    }

    @Test
    void givenInvalidEmail_whenRegistering_thenInvalidEmail() {
        register("not-an-email", "long enough pass").then().statusCode(400).body("code", equalTo("invalid_email"));
    }

    @Test
    void givenShortPassword_whenRegistering_thenPasswordTooShort() {
        register(Accounts.uniqueEmail("short"), "1234567").then().statusCode(400)
                .body("code", equalTo("password_too_short"));
    }

    @Test
    void givenTakenEmail_whenRegistering_thenConflict() {
        String email = Accounts.uniqueEmail("taken");
        Accounts.register(email);

        register(email, "another long pass").then().statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("email_already_registered"));
    }

    @Test
    void givenWrongPassword_whenLoggingIn_thenInvalidCredentials() {
        String email = Accounts.uniqueEmail("wrong");
        Accounts.register(email);

        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "not the password"))
                .when().post("/auth/local/login")
                .then().statusCode(401).contentType(PROBLEM).body("code", equalTo("invalid_credentials"));
    }

    private static io.restassured.response.Response register(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/auth/local/register");
    }
}
