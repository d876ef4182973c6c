package ai.iiagent.e2e.credits;

import static io.restassured.RestAssured.given;

import ai.iiagent.domain.users.UserId;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

/** Accounts for the credits tests, made through the public API. */
final class CreditFixtures {

    private CreditFixtures() {
    }

    /** A new user's access token (signup grant: 300 credits). */
    static String newUser() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "credits-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    static UserId idOf(String token) {
        return UserId.of(UUID.fromString(given().header("Authorization", "Bearer " + token).when().get("/auth/me")
                .then().statusCode(200).extract().path("id")));
    }

    static void makeAdmin(AgroalDataSource dataSource, UserId user) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update users set role = 'admin' where id = ?")) {
            update.setObject(1, user.value());
            update.executeUpdate();
        }
    }
}
