package ai.iiagent.e2e.settings;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Fresh accounts for settings tests. */
final class SettingsUsers {

    private SettingsUsers() {
    }

    static String newAccessToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "settings-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
