package ai.iiagent.e2e.auth;

import static ai.iiagent.e2e.auth.Accounts.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admin endpoints answer 403 to users and work for admins; the role is read fresh on every request. */
@QuarkusTest
class AdminGateTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void givenUserAndAdmin_whenReadingSomeoneElsesProfile_thenOnlyAdminMay() throws Exception {
        String email = Accounts.uniqueEmail("target");
        JsonPath target = Accounts.register(email);
        String targetId = given().header("Authorization", bearer(target.getString("access_token")))
                .when().get("/auth/me").then().extract().path("id");
        JsonPath user = Accounts.register(Accounts.uniqueEmail("plain"));
        String token = user.getString("access_token");
        demoteToUser(token);

        given().header("Authorization", bearer(token)).when().get("/v1/admin/users/" + targetId)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));

        promoteToAdmin(token);

        given().header("Authorization", bearer(token)).when().get("/v1/admin/users/" + targetId)
                .then().statusCode(200).body("email", equalTo(email));
        given().header("Authorization", bearer(token)).when().get("/v1/admin/users/" + UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("user_not_found"));
    }

    private void promoteToAdmin(String token) throws Exception {
        setRole(token, "admin");
    }

    private void demoteToUser(String token) throws Exception {
        setRole(token, "user");
    }

    private void setRole(String token, String role) throws Exception {
        String id = given().header("Authorization", bearer(token)).when().get("/auth/me").then().extract().path("id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update users set role = ? where id = ?::uuid")) {
            update.setString(1, role);
            update.setString(2, id);
            update.executeUpdate();
        }
    }
}
