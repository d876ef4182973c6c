package ai.iiagent.e2e.sessions;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** Fresh accounts for session tests. */
final class Users {

    private Users() {
    }

    static String newAccessToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "sessions-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }
}
