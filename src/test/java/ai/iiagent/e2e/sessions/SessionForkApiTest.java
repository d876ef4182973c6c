package ai.iiagent.e2e.sessions;

import static ai.iiagent.e2e.sessions.SessionsApiTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /v1/sessions/{id}/fork over HTTP on PostgreSQL: both fork types, ownership, validation, the child's log. */
@QuarkusTest
class SessionForkApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void givenResearchSession_whenForkedToWebsite_thenChildCreatedWithForkInfoAndForkedEvent() {
        String token = Users.newAccessToken();
        String parent = create(token, "Otter study", "deep_research");
        String model = ownModel(token);

        String child = as(token).contentType(ContentType.JSON).body(Map.of("fork_type", "research_to_website",
                        "context", Map.of("attachments", List.of("report.md"), "additional_instruction", "playful"),
                        "model_setting_id", model))
                .post("/v1/sessions/" + parent + "/fork").then().statusCode(201)
                .body("parent_session_id", equalTo(parent)).body("name", equalTo("Continue from: Otter study"))
                .body("agent_type", equalTo("research_to_website")).body("sandbox_mode", equalTo("share"))
                .body("model_setting_id", equalTo(model))
                .extract().path("session_id");

        as(token).get("/v1/sessions/" + child).then().statusCode(200)
                .body("agent_type", equalTo("research_to_website")).body("model_setting_id", equalTo(model))
                .body("session_metadata.fork_info.fork_type", equalTo("research_to_website"))
                .body("session_metadata.fork_info.parent_session_id", equalTo(parent))
                .body("session_metadata.fork_info.parent_agent_type", equalTo("deep_research"))
                .body("session_metadata.fork_info.context.attachments", contains("report.md"))
                .body("session_metadata.fork_info.context.additional_instruction", equalTo("playful"))
                .body("session_metadata.fork_info.sandbox_mode", equalTo("share"))
                .body("session_metadata.fork_info.forked_at", notNullValue());
        as(token).get("/v1/sessions/" + child + "/events").then().statusCode(200)
                .body("events.name", contains("session.forked")).body("events.seq", contains(1))
                .body("events[0].content.source_session_id", equalTo(parent));
        as(token).get("/v1/sessions/" + parent + "/events").then().body("events", empty());
        as(token).get("/v1/sessions/" + parent).then().body("session_metadata", nullValue());
    }

    @Test
    void givenAnyAgentSession_whenContinued_thenSameAgentTypeNewSandboxAndNoAttachmentsNeeded() {
        String token = Users.newAccessToken();
        String parent = create(token, null, "general");

        as(token).contentType(ContentType.JSON).body(Map.of("fork_type", "continue", "sandbox_mode", "new"))
                .post("/v1/sessions/" + parent + "/fork").then().statusCode(201)
                .body("name", equalTo("Continue from: Untitled session")).body("agent_type", equalTo("general"))
                .body("sandbox_mode", equalTo("new")).body("model_setting_id", nullValue());

        as(token).get("/v1/sessions").then().body("total", equalTo(2))
                .body("sessions[0].session_metadata.fork_info.sandbox_mode", equalTo("new"))
                .body("sessions[0].session_metadata.fork_info.context.attachments", empty());
    }

    @Test
    void givenWrongForks_thenStableProblemCodes_andSomeoneElsesSessionIsNotFound() {
        String token = Users.newAccessToken();
        String general = create(token, "general", "general");
        String research = create(token, "research", "fast_research");

        fork(token, general, Map.of("fork_type", "research_to_website", "context", Map.of("attachments", List.of("a"))))
                .statusCode(400).contentType(PROBLEM).body("code", equalTo("invalid_fork_session"));
        fork(token, research, Map.of("fork_type", "research_to_website", "context", Map.of("attachments", List.of())))
                .statusCode(400).body("code", equalTo("invalid_fork_context"));
        fork(token, research, Map.of("fork_type", "research_to_slides")).statusCode(400)
                .body("code", equalTo("unknown_fork_type"));
        fork(token, research, Map.of("fork_type", "continue", "sandbox_mode", "reuse")).statusCode(400)
                .body("code", equalTo("invalid_sandbox_mode"));
        fork(Users.newAccessToken(), research, Map.of("fork_type", "continue")).statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("session_not_found"));
        as(token).get("/v1/sessions").then().body("total", equalTo(2));
    }

    @Test
    void givenSomeoneElsesModelSetting_whenForking_thenNotFound_andNothingStored_whileTheOwnersOwnIsAccepted() {
        String token = Users.newAccessToken();
        String parent = create(token, "mine", "general");
        String strangers = ownModel(Users.newAccessToken());

        fork(token, parent, Map.of("fork_type", "continue", "model_setting_id", strangers)).statusCode(404)
                .contentType(PROBLEM).body("code", equalTo("model_setting_not_found"));
        fork(token, parent, Map.of("fork_type", "continue", "model_setting_id", UUID.randomUUID().toString()))
                .statusCode(404).body("code", equalTo("model_setting_not_found"));
        as(token).get("/v1/sessions").then().body("total", equalTo(1));

        String mine = ownModel(token);
        fork(token, parent, Map.of("fork_type", "continue", "model_setting_id", mine)).statusCode(201)
                .body("model_setting_id", equalTo(mine));
        as(token).get("/v1/sessions").then().body("total", equalTo(2));
    }

    private static String ownModel(String token) {
        return as(token).contentType(ContentType.JSON).body(Map.of("provider", "openai", "model_id",
                        "gpt-fork-" + UUID.randomUUID(), "api_key", "sk-own"))
                .post("/v1/user-settings/models").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse fork(String token, String id, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/v1/sessions/" + id + "/fork").then();
    }

    private static String create(String token, String name, String agentType) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("agent_type", agentType);
        if (name != null) {
            body.put("name", name);
        }
        return as(token).contentType(ContentType.JSON).body(body).post("/v1/sessions").then().statusCode(201)
                .extract().path("id");
    }
}
