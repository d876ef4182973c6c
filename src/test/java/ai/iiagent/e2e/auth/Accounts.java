package ai.iiagent.e2e.auth;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;

/** Test helper: real accounts created over HTTP. */
final class Accounts {

    static final String PASSWORD = "correct horse battery";

    private Accounts() {
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }

    /** Registers and returns the token response. */
    static JsonPath register(String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "first_name", "Test"))
                .when().post("/auth/local/register")
                .then().statusCode(201).extract().jsonPath();
    }

    static String accessTokenOfNewUser(String prefix) {
        return register(uniqueEmail(prefix)).getString("access_token");
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}
