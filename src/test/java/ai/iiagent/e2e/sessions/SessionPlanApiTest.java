package ai.iiagent.e2e.sessions;

import static ai.iiagent.e2e.sessions.SessionsApiTest.as;
import static ai.iiagent.e2e.sessions.SessionsApiTest.create;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionPlanApiTest {

    private static final Map<String, Object> PLAN = Map.of("summary", "Build the site", "milestones", List.of(
            Map.of("id", "m1", "content", "Research", "status", "completed"),
            Map.of("id", "m2", "content", "Write pages", "dependencies", List.of("m1"))));

    @Test
    void givenPlan_whenReplaced_thenEchoedAndRecordedAsEventReplayedInOrder() {
        String token = Users.newAccessToken();
        String id = create(token, "planned");

        as(token).contentType(ContentType.JSON).body(PLAN).patch("/v1/sessions/" + id + "/plan")
                .then().statusCode(200).body("milestones.status", contains("completed", "pending"));
        as(token).contentType(ContentType.JSON).body(Map.of("summary", "v2", "milestones", List.of()))
                .patch("/v1/sessions/" + id + "/plan").then().statusCode(200);

        as(token).get("/v1/sessions/" + id).then().statusCode(200)
                .body("session_metadata.plan.summary", equalTo("v2"))
                .body("session_metadata.plan.milestones", hasSize(0))
                .body("session_metadata.fork_info", nullValue());
        as(token).get("/v1/sessions/" + id + "/events").then().statusCode(200)
                .body("events.name", contains("plan.milestone.generated", "plan.milestone.generated"))
                .body("events.seq", contains(1, 2))
                .body("events[0].content.summary", equalTo("Build the site"))
                .body("events[0].content.milestones[1].dependencies", contains("m1"))
                .body("events[1].content.summary", equalTo("v2"));
    }

    @Test
    void givenPlannedSession_whenListedAndReadPublicly_thenPlanInSessionMetadata() {
        String token = Users.newAccessToken();
        String planned = create(token, "planned");
        String unplanned = create(token, "unplanned");
        as(token).contentType(ContentType.JSON).body(PLAN).patch("/v1/sessions/" + planned + "/plan").then().statusCode(200);
        as(token).post("/v1/sessions/" + planned + "/publish").then().statusCode(200)
                .body("session_metadata.plan.summary", equalTo("Build the site"));

        as(token).get("/v1/sessions").then().statusCode(200)
                .body("sessions.id", contains(unplanned, planned))
                .body("sessions[0].session_metadata", nullValue())
                .body("sessions[1].session_metadata.plan.milestones.id", contains("m1", "m2"))
                .body("sessions[1].session_metadata.plan.milestones[1].status", equalTo("pending"))
                .body("sessions[1].session_metadata.plan.milestones[1].dependencies", contains("m1"));
        io.restassured.RestAssured.get("/v1/public/sessions/" + planned).then().statusCode(200)
                .body("session_metadata.plan.summary", equalTo("Build the site"));
    }

    @Test
    void givenBadPlans_thenInvalidPlan_andSomeoneElsesSessionIsNotFound() {
        String token = Users.newAccessToken();
        String id = create(token, "planned");

        as(token).contentType(ContentType.JSON).body(Map.of("milestones", List.of(Map.of("id", "m1", "content", "x",
                "status", "done")))).patch("/v1/sessions/" + id + "/plan")
                .then().statusCode(400).body("code", equalTo("invalid_plan"));
        as(token).contentType(ContentType.JSON).body(Map.of("milestones", List.of(Map.of("id", "m1", "content", "a"),
                Map.of("id", "m1", "content", "b")))).patch("/v1/sessions/" + id + "/plan")
                .then().statusCode(400).body("code", equalTo("invalid_plan"));
        as(Users.newAccessToken()).contentType(ContentType.JSON).body(PLAN).patch("/v1/sessions/" + id + "/plan")
                .then().statusCode(404);
    }
}
