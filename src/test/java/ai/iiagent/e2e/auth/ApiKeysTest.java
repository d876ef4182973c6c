package ai.iiagent.e2e.auth;

import static ai.iiagent.e2e.auth.Accounts.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeysTest {

    @Test
    void givenNewKey_whenUsedAsBearer_thenWorksUntilRevoked() {
        String access = Accounts.accessTokenOfNewUser("keys");
        JsonPath created = create(access, "laptop");
        String key = created.getString("key");
        org.assertj.core.api.Assertions.assertThat(key).matches("ii_[0-9A-Za-z]{40}");

        given().header("Authorization", bearer(key)).when().get("/auth/me").then().statusCode(200);
        given().header("Authorization", bearer(access)).when().get("/v1/users/me/api-keys")
                .then().statusCode(200).body("$", hasSize(1))
                .body("[0].name", equalTo("laptop"))
                .body("[0].prefix", equalTo(key.substring(0, 8)))
                .body("[0]", not(hasKey("key")))
                .body("[0].last_used_at", matchesPattern("\\d{4}-.*"));

        given().header("Authorization", bearer(access)).when().delete("/v1/users/me/api-keys/" + created.getString("id"))
                .then().statusCode(204);

        given().header("Authorization", bearer(key)).when().get("/auth/me")
                .then().statusCode(401).body("code", equalTo("auth_error"));
    }

    @Test
    void givenSomeoneElsesKey_whenRevoking_thenNotFoundAndKeyStillWorks() {
        String owner = Accounts.accessTokenOfNewUser("owner");
        String intruder = Accounts.accessTokenOfNewUser("intruder");
        JsonPath created = create(owner, "mine");

        given().header("Authorization", bearer(intruder)).when().delete("/v1/users/me/api-keys/" + created.getString("id"))
                .then().statusCode(404).body("code", equalTo("api_key_not_found"));
        given().header("Authorization", bearer(intruder)).when().delete("/v1/users/me/api-keys/not-a-uuid")
                .then().statusCode(404);
        given().header("Authorization", bearer(intruder)).when().delete("/v1/users/me/api-keys/" + UUID.randomUUID())
                .then().statusCode(404);
        given().header("Authorization", bearer(created.getString("key"))).when().get("/auth/me").then().statusCode(200);
    }

    @Test
    void givenBlankName_whenCreating_thenValidationError() {
        String access = Accounts.accessTokenOfNewUser("blank");

        given().header("Authorization", bearer(access)).contentType(ContentType.JSON).body(Map.of("name", " "))
                .when().post("/v1/users/me/api-keys")
                .then().statusCode(400).body("code", equalTo("invalid_api_key_name"));
    }

    private static JsonPath create(String access, String name) {
        return given().header("Authorization", bearer(access)).contentType(ContentType.JSON)
                .body(Map.of("name", name)).when().post("/v1/users/me/api-keys")
                .then().statusCode(201).extract().jsonPath();
    }
}
