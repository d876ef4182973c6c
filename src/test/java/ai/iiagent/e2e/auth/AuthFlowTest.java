package ai.iiagent.e2e.auth;

import static ai.iiagent.e2e.auth.Accounts.PASSWORD;
import static ai.iiagent.e2e.auth.Accounts.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-up, sign-in, profile, refresh rotation with reuse detection, sign-out: over HTTP on PostgreSQL. */
@QuarkusTest
class AuthFlowTest {

    @Test
    void givenNewEmail_whenRegistered_thenTokenPairAndProfile() {
        String email = Accounts.uniqueEmail("flow");
        JsonPath tokens = Accounts.register(email);

        org.assertj.core.api.Assertions.assertThat(tokens.getString("token_type")).isEqualTo("bearer");
        org.assertj.core.api.Assertions.assertThat(tokens.getLong("expires_in")).isEqualTo(900);
        given().header("Authorization", bearer(tokens.getString("access_token")))
                .when().get("/auth/me")
                .then().statusCode(200)
                .body("email", equalTo(email))
                .body("first_name", equalTo("Test"))
                .body("language", equalTo("en"))
                .body("role", matchesPattern("user|admin"))
                .body("subscription_plan", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("password_hash")));
    }

    @Test
    void givenAccount_whenLoggingIn_thenTokensForThatAccount() {
        String email = Accounts.uniqueEmail("login");
        Accounts.register(email);

        String access = given().contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase(), "password", PASSWORD))
                .when().post("/auth/local/login")
                .then().statusCode(200).extract().path("access_token");

        given().header("Authorization", bearer(access)).when().get("/auth/me").then().statusCode(200)
                .body("email", equalTo(email));
    }

    @Test
    void givenRefreshToken_whenRotatedAndOldOneReplayed_thenFamilyRevoked() {
        JsonPath first = Accounts.register(Accounts.uniqueEmail("rotate"));
        String original = first.getString("refresh_token");

        String rotated = refresh(original).then().statusCode(200).extract().path("refresh_token");
        org.assertj.core.api.Assertions.assertThat(rotated).isNotEqualTo(original);

        refresh(original).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("refresh_token_reused"));
        refresh(rotated).then().statusCode(401).body("code", equalTo("auth_error"));
    }

    @Test
    void givenLoggedOut_whenRefreshing_thenRejected() {
        String refreshToken = Accounts.register(Accounts.uniqueEmail("logout")).getString("refresh_token");

        given().contentType(ContentType.JSON).body(Map.of("refresh_token", refreshToken))
                .when().post("/auth/logout").then().statusCode(204);

        refresh(refreshToken).then().statusCode(401).body("code", equalTo("auth_error"));
    }

    @Test
    void givenLanguage_whenChanged_thenProfileSpeaksIt_andUnknownLanguageRejected() {
        String access = Accounts.accessTokenOfNewUser("lang");

        given().header("Authorization", bearer(access)).queryParam("language", "vi")
                .when().patch("/auth/me/language").then().statusCode(200).body("language", equalTo("vi"));
        given().header("Authorization", bearer(access)).queryParam("language", "fr")
                .when().patch("/auth/me/language").then().statusCode(400).body("code", equalTo("unsupported_language"));
    }

    @Test
    void givenDeactivatedAccount_thenTokensKeysAndPasswordStopWorking() {
        String email = Accounts.uniqueEmail("gone");
        JsonPath tokens = Accounts.register(email);
        String access = tokens.getString("access_token");
        String key = given().header("Authorization", bearer(access)).contentType(ContentType.JSON)
                .body(Map.of("name", "script")).when().post("/v1/users/me/api-keys")
                .then().statusCode(201).extract().path("key");

        given().header("Authorization", bearer(access)).when().delete("/auth/me").then().statusCode(200);

        given().header("Authorization", bearer(access)).when().get("/auth/me").then().statusCode(401);
        given().header("Authorization", bearer(key)).when().get("/auth/me").then().statusCode(401);
        refresh(tokens.getString("refresh_token")).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .when().post("/auth/local/login").then().statusCode(401).body("code", equalTo("invalid_credentials"));
    }

    private static io.restassured.response.Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refresh_token", refreshToken))
                .when().post("/auth/refresh");
    }
}
