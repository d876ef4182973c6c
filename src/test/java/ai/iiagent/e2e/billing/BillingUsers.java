package ai.iiagent.e2e.billing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** A fresh account: its token, id and e-mail. */
record BillingUsers(String token, String id, String email) {

    static BillingUsers create() {
        String email = "billing-" + UUID.randomUUID() + "@example.org";
        String token = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
        String id = given().auth().oauth2(token).when().get("/auth/me").then().statusCode(200).extract().path("id");
        return new BillingUsers(token, id, email);
    }
}
