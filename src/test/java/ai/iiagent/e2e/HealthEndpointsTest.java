package ai.iiagent.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthEndpointsTest {

    @Test
    void givenRunningServer_whenHealthRequested_thenOk() {
        given().when().get("/health")
                .then().statusCode(200).contentType("application/json").body("status", equalTo("ok"));
    }

    @Test
    void givenDatabaseUp_whenReadinessRequested_thenUpWithDatabaseCheck() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void givenRunningServer_whenLivenessRequested_thenUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void givenNoRedisConfigured_whenReadinessRequested_thenNoRedisClientChecked() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'Redis connection health check' }.data", not(hasItem("PONG")));
    }
}
