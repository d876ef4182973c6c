package ai.iiagent.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.users.UserRepository;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The vertical slice: resource, use case, service, repository, entity, on real PostgreSQL. */
@QuarkusTest
class SetupStatusTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UserRepository users;

    @Test
    void givenNoAccount_thenSetupRequired_andAfterFirstAccount_thenNot() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            // app_test is this suite's own database; the slice needs to see it empty once.
            connection.createStatement().executeUpdate("delete from users");
        }
        given().when().get("/v1/users/setup-status")
                .then().statusCode(200).body("setup_required", equalTo(true));

        users.save(User.register(UserId.random(), Email.of("first-admin@example.org"), PersonName.unknown(),
                UserRole.ADMIN, "local", Instant.now().truncatedTo(ChronoUnit.MICROS)));

        given().when().get("/v1/users/setup-status")
                .then().statusCode(200).body("setup_required", equalTo(false));
    }
}
