package ai.iiagent.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A NUL character in any text a client sends is refused at the HTTP edge (400 {@code invalid_text}) on every
 * endpoint that stores text, while the same request without it still succeeds. PostgreSQL cannot store NUL in
 * text, so before the edge check each of these answered 500.
 */
@QuarkusTest
class TextInputMatrixTest {

    private static final String PROBLEM = "application/problem+json";
    /** JSON-escaped NUL, as a client would send it inside a string. */
    private static final String NUL = "\\u0000";

    /**
     * One endpoint: {@code body} gets the text to place in a stored field; {@code normal} is a value that makes
     * the request succeed with {@code okStatus}. The refused variant appends a NUL to {@code normal}.
     */
    record Endpoint(String name, String method, Function<Fixture, String> path, String body,
                    Function<Fixture, String> normal, int okStatus) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** What an endpoint needs: a signed-in user with a session, and credentials to sign in with. */
    record Fixture(String email, String access, String refresh, String sessionId) {
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("register", "POST", f -> "/auth/local/register",
                        "{\"email\":\"edge-" + UUID.randomUUID() + "@example.org\",\"password\":\"correct horse\","
                                + "\"first_name\":\"%s\"}", f -> "Ada", 201),
                new Endpoint("login", "POST", f -> "/auth/local/login",
                        "{\"email\":\"%s\",\"password\":\"correct horse\"}", Fixture::email, 200),
                new Endpoint("refresh", "POST", f -> "/auth/refresh", "{\"refresh_token\":\"%s\"}",
                        Fixture::refresh, 200),
                new Endpoint("api key create", "POST", f -> "/v1/users/me/api-keys", "{\"name\":\"%s\"}",
                        f -> "ci key", 201),
                new Endpoint("session create", "POST", f -> "/v1/sessions", "{\"name\":\"%s\"}", f -> "edge", 201),
                new Endpoint("session rename", "PATCH", f -> "/v1/sessions/" + f.sessionId(), "{\"name\":\"%s\"}",
                        f -> "renamed", 200),
                new Endpoint("session plan", "PATCH", f -> "/v1/sessions/" + f.sessionId() + "/plan",
                        "{\"summary\":\"%s\",\"milestones\":[]}", f -> "the plan", 200),
                new Endpoint("model setting", "POST", f -> "/v1/user-settings/models",
                        "{\"provider\":\"anthropic\",\"model_id\":\"claude-sonnet-4-5\",\"display_name\":\"%s\","
                                + "\"api_key\":\"sk-edge\"}", f -> "My Claude", 201),
                new Endpoint("mcp setting (map key)", "POST", f -> "/v1/user-settings/mcp",
                        "{\"mcp_config\":{\"mcpServers\":{\"%s\":{\"command\":\"npx\",\"args\":[\"-y\"]}}}}",
                        f -> "edge-server", 201),
                new Endpoint("mcp setting (nested value)", "POST", f -> "/v1/user-settings/mcp",
                        "{\"mcp_config\":{\"mcpServers\":{\"s\":{\"command\":\"npx\",\"args\":[\"%s\"]}}}}",
                        f -> "-y", 201),
                new Endpoint("asset upload", "POST", f -> "/v1/assets/upload",
                        "{\"file_name\":\"%s\",\"content_type\":\"text/plain\",\"size\":3}", f -> "notes.txt", 201));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void givenNulInStoredText_whenSent_then400InvalidText_andWithoutItTheRequestSucceeds(Endpoint endpoint) {
        Fixture fixture = fixture();
        String normal = endpoint.normal().apply(fixture);

        send(endpoint, fixture, normal + NUL).then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("invalid_text"));
        send(endpoint, fixture, normal).then().statusCode(endpoint.okStatus());
    }

    @Test
    void givenNulInQueryParameter_whenSent_then400InvalidText() {
        Fixture fixture = fixture();
        given().auth().oauth2(fixture.access()).urlEncodingEnabled(false).when()
                .patch("/auth/me/language?language=en%00").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("invalid_text"));
        given().auth().oauth2(fixture.access()).queryParam("language", "en").when()
                .patch("/auth/me/language").then().statusCode(200);
    }

    @Test
    void givenNulInPathParameter_whenSent_then400InvalidText() {
        Fixture fixture = fixture();
        given().auth().oauth2(fixture.access()).urlEncodingEnabled(false).when()
                .get("/v1/sessions/" + fixture.sessionId() + "%00").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("invalid_text"));
    }

    @Test
    void givenWrongJsonType_whenSent_thenProblemWithCode() {
        Fixture fixture = fixture();
        json(fixture).body("{\"name\":{\"nested\":1}}").post("/v1/sessions").then().statusCode(400)
                .contentType(PROBLEM).body("code", equalTo("invalid_json_field"));
        json(fixture).body("{\"session_ids\":\"not-a-list\"}").post("/v1/sessions/bulk-delete").then()
                .statusCode(400).contentType(PROBLEM).body("code", equalTo("invalid_json_field"));
    }

    @Test
    void givenMalformedJson_whenSent_thenProblemWithCode() {
        Fixture fixture = fixture();
        json(fixture).body("{\"name\":").post("/v1/sessions").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("malformed_request"));
    }

    @Test
    void givenDeeplyNestedJson_whenSent_thenProblemWithCode() {
        Fixture fixture = fixture();
        String deep = "[".repeat(5000) + "]".repeat(5000);
        json(fixture).body("{\"mcp_config\":{\"mcpServers\":{\"s\":{\"args\":" + deep + "}}}}")
                .post("/v1/user-settings/mcp").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("json_limits_exceeded"));
        json(fixture).body("{\"provider\":\"anthropic\",\"model_id\":\"m\",\"params\":{\"a\":" + deep + "}}")
                .post("/v1/user-settings/models").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("json_limits_exceeded"));
        // A string field given an array is a wrong type, found at its first bracket.
        json(fixture).body("{\"name\":" + deep + "}").post("/v1/sessions").then().statusCode(400)
                .contentType(PROBLEM).body("code", equalTo("invalid_json_field"));
    }

    @Test
    void givenAnonymousRequestWithWrongContentType_whenSent_then401BeforeContentTypeCheck() {
        given().contentType(ContentType.TEXT).body("not an image").when().post("/v1/assets/avatar").then()
                .statusCode(401).contentType(PROBLEM).body("code", equalTo("authentication_required"));
        given().header("Authorization", "Bearer not-a-token").contentType(ContentType.TEXT).body("x").when()
                .post("/v1/assets/avatar").then().statusCode(401).contentType(PROBLEM);
        // Signed in, the content type is what is wrong; on a public endpoint it is wrong for anyone.
        given().auth().oauth2(fixture().access()).contentType(ContentType.TEXT).body("x").when()
                .post("/v1/assets/avatar").then().statusCode(415).contentType(PROBLEM)
                .body("code", equalTo("unsupported_media_type"));
        given().contentType(ContentType.TEXT).body("x").when().post("/auth/local/login").then().statusCode(415)
                .contentType(PROBLEM).body("code", equalTo("unsupported_media_type"));
    }

    private static io.restassured.response.Response send(Endpoint endpoint, Fixture fixture, String text) {
        String body = endpoint.body().formatted(text);
        return json(fixture).body(body).request(endpoint.method(), endpoint.path().apply(fixture));
    }

    private static RequestSpecification json(Fixture fixture) {
        return given().auth().oauth2(fixture.access()).contentType(ContentType.JSON);
    }

    private static Fixture fixture() {
        String email = "edge-" + UUID.randomUUID() + "@example.org";
        io.restassured.path.json.JsonPath tokens = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "correct horse")).when().post("/auth/local/register")
                .then().statusCode(201).extract().jsonPath();
        String access = tokens.getString("access_token");
        String session = given().auth().oauth2(access).contentType(ContentType.JSON).body(Map.of("name", "fixture"))
                .when().post("/v1/sessions").then().statusCode(201).extract().path("id");
        return new Fixture(email, access, tokens.getString("refresh_token"), session);
    }
}
