package ai.iiagent.e2e.sessions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sessions REST surface over HTTP on PostgreSQL: lifecycle, ownership, search, pagination, sharing. */
@QuarkusTest
class SessionsApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void givenNewSession_whenRenamedAndDeleted_thenListAndDetailFollow() {
        String token = Users.newAccessToken();
        String id = create(token, "First try");

        as(token).get("/v1/sessions/" + id).then().statusCode(200)
                .body("name", equalTo("First try")).body("app_kind", equalTo("agent")).body("is_public", equalTo(false));
        as(token).contentType(ContentType.JSON).body(Map.of("name", "Renamed")).patch("/v1/sessions/" + id)
                .then().statusCode(200).body("name", equalTo("Renamed"));
        as(token).get("/v1/sessions").then().statusCode(200).body("sessions.id", contains(id)).body("total", equalTo(1));

        as(token).delete("/v1/sessions/" + id).then().statusCode(200);

        as(token).get("/v1/sessions/" + id).then().statusCode(404).body("code", equalTo("session_not_found"));
        as(token).get("/v1/sessions").then().body("sessions", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void givenSomeoneElsesSession_whenTouchedInAnyWay_thenNotFound() {
        String owner = Users.newAccessToken();
        String intruder = Users.newAccessToken();
        String id = create(owner, "private");

        as(intruder).get("/v1/sessions/" + id).then().statusCode(404).contentType(PROBLEM);
        as(intruder).contentType(ContentType.JSON).body(Map.of("name", "x")).patch("/v1/sessions/" + id).then().statusCode(404);
        as(intruder).delete("/v1/sessions/" + id).then().statusCode(404);
        as(intruder).post("/v1/sessions/" + id + "/publish").then().statusCode(404);
        as(intruder).get("/v1/sessions/" + id + "/events").then().statusCode(404);
        as(intruder).get("/v1/sessions/not-a-uuid").then().statusCode(404).body("code", equalTo("session_not_found"));
        as(owner).get("/v1/sessions/" + id).then().statusCode(200);
    }

    @Test
    void givenThreeSessions_whenPaged_thenPagesAndTotalAreRight() {
        String token = Users.newAccessToken();
        IntStream.range(0, 3).forEach(i -> create(token, "s" + i));

        as(token).queryParam("per_page", 2).queryParam("page", 1).get("/v1/sessions")
                .then().body("sessions.name", contains("s2", "s1")).body("total", equalTo(3)).body("per_page", equalTo(2));
        as(token).queryParam("per_page", 2).queryParam("page", 2).get("/v1/sessions")
                .then().body("sessions.name", contains("s0"));
        as(token).queryParam("per_page", 2).queryParam("page", 3).get("/v1/sessions")
                .then().body("sessions", hasSize(0)).body("total", equalTo(3));
    }

    @Test
    void givenBadListParameters_thenValidationProblems() {
        String token = Users.newAccessToken();

        as(token).queryParam("per_page", 101).get("/v1/sessions").then().statusCode(400).body("code", equalTo("invalid_page_size"));
        as(token).queryParam("page", 0).get("/v1/sessions").then().statusCode(400).body("code", equalTo("invalid_page"));
        as(token).queryParam("session_type", "robot").get("/v1/sessions").then().statusCode(400)
                .body("code", equalTo("invalid_session_type"));
        as(token).queryParam("page", "abc").get("/v1/sessions").then().statusCode(404).contentType(PROBLEM);
        as(token).contentType(ContentType.JSON).body(Map.of("name", "x".repeat(256))).post("/v1/sessions")
                .then().statusCode(400).body("code", equalTo("invalid_session_name"));
    }

    @Test
    void givenSearchText_thenCaseInsensitiveNameMatch_andWildcardsAreLiteral() {
        String token = Users.newAccessToken();
        create(token, "Otter research");
        create(token, "Budget 100% done");
        create(token, "Chat");

        as(token).queryParam("query", "OTTER").get("/v1/sessions").then().body("sessions.name", contains("Otter research"));
        as(token).queryParam("query", "%").get("/v1/sessions").then().body("sessions.name", contains("Budget 100% done"));
        as(token).queryParam("query", "_").get("/v1/sessions").then().body("sessions", hasSize(0));
    }

    @Test
    void givenChatAndAgentSessions_whenFilteredByType_thenOnlyThatKind() {
        String token = Users.newAccessToken();
        as(token).contentType(ContentType.JSON).body(Map.of("name", "talk", "session_type", "chat")).post("/v1/sessions")
                .then().statusCode(201).body("app_kind", equalTo("chat"));
        create(token, "work");

        as(token).queryParam("session_type", "chat").get("/v1/sessions").then().body("sessions.name", contains("talk"));
    }

    @Test
    void givenMixedIds_whenBulkDeleted_thenReportsDeletedAndFailed() {
        String token = Users.newAccessToken();
        String other = Users.newAccessToken();
        String mine = create(token, "mine");
        String theirs = create(other, "theirs");
        String unknown = UUID.randomUUID().toString();

        as(token).contentType(ContentType.JSON).body(Map.of("session_ids", List.of(mine, theirs, unknown)))
                .post("/v1/sessions/bulk-delete")
                .then().statusCode(200).body("deleted_ids", contains(mine)).body("failed_ids", contains(theirs, unknown));
        as(token).contentType(ContentType.JSON).body(Map.of("session_ids", List.of()))
                .post("/v1/sessions/bulk-delete").then().statusCode(400).body("code", equalTo("invalid_session_ids"));
        List<String> tooMany = IntStream.range(0, 51).mapToObj(i -> UUID.randomUUID().toString()).toList();
        as(token).contentType(ContentType.JSON).body(Map.of("session_ids", tooMany))
                .post("/v1/sessions/bulk-delete").then().statusCode(400).body("code", equalTo("invalid_session_ids"));
        as(other).get("/v1/sessions/" + theirs).then().statusCode(200);
    }

    @Test
    void givenSession_whenPublishedAndUnpublished_thenAnonymousReadFollows() {
        String token = Users.newAccessToken();
        String id = create(token, "shared");

        given().get("/v1/public/sessions/" + id).then().statusCode(404).contentType(PROBLEM);
        as(token).post("/v1/sessions/" + id + "/publish").then().statusCode(200)
                .body("is_public", equalTo(true)).body("public_url", equalTo("/v1/public/sessions/" + id));
        given().get("/v1/public/sessions/" + id).then().statusCode(200).body("name", equalTo("shared"));
        given().get("/v1/public/sessions/" + id + "/events").then().statusCode(200).body("events", hasSize(0));

        as(token).post("/v1/sessions/" + id + "/unpublish").then().statusCode(200).body("public_url", nullValue());
        given().get("/v1/public/sessions/" + id).then().statusCode(404);
    }

    @Test
    void givenNoToken_thenSessionsNeedAuthentication() {
        given().get("/v1/sessions").then().statusCode(401).body("code", equalTo("authentication_required"));
    }

    static String create(String token, String name) {
        return as(token).contentType(ContentType.JSON).body(Map.of("name", name)).post("/v1/sessions")
                .then().statusCode(201).extract().path("id");
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).when();
    }
}
