package ai.iiagent.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void givenRunningServer_whenOpenApiRequested_thenDocumentsOurEndpoints() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", containsString("II-Agent"))
                .body("paths.'/health'.get", notNullValue())
                .body("paths.'/v1/users/setup-status'.get", notNullValue());
    }

    @Test
    void givenRunningServer_whenSwaggerUiRequested_thenServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
