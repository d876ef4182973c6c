package ai.iiagent.e2e.integrations;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Fresh accounts and the OAuth round trip the web UI makes for them. */
final class ConnectorUsers {

    static final String PROBLEM = "application/problem+json";

    private ConnectorUsers() {
    }

    static String newAccessToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "connectors-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** {@code GET auth-url}: the query parameters of the provider URL it answers with. */
    static Map<String, String> startAuthorization(String token, String provider) {
        String url = as(token).when().get("/v1/connectors/" + provider + "/auth-url").then().statusCode(200)
                .extract().path("auth_url");
        return query(URI.create(url).getRawQuery());
    }

    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    static io.restassured.response.ValidatableResponse callback(String token, String provider, String code, String state) {
        return as(token).body(Map.of("code", code, "state", state)).when()
                .post("/v1/connectors/" + provider + "/callback").then();
    }
}
