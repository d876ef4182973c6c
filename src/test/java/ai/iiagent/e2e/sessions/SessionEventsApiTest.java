package ai.iiagent.e2e.sessions;

import static ai.iiagent.e2e.sessions.SessionsApiTest.as;
import static ai.iiagent.e2e.sessions.SessionsApiTest.create;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Replay of the stored event log over HTTP: envelope shape, after_seq, limit, internal events hidden. */
@QuarkusTest
class SessionEventsApiTest {

    @Inject
    SessionEventRepository log;

    @Test
    void givenStoredEvents_whenReplayedAfterSeq_thenEnvelopesInOrderWithoutInternalOnes() {
        String token = Users.newAccessToken();
        String id = create(token, "with events");
        SessionId session = new SessionId(UUID.fromString(id));
        UUID run = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-25T10:00:00.123Z");
        log.append(session, List.of(
                NewSessionEvent.of(EventName.SESSION_USER_MESSAGE, session, run, at, Map.of("text", "hi")),
                NewSessionEvent.of(EventName.BILLING_LLM_USAGE, session, run, at, Map.of("input_tokens", 12)),
                NewSessionEvent.of(EventName.AGENT_TOOL_CALL, session, run, at, Map.of("tool_name", "shell")),
                NewSessionEvent.of(EventName.AGENT_RESPONSE, session, run, at, Map.of("text", "hello"))));

        as(token).queryParam("after_seq", 1).get("/v1/sessions/" + id + "/events")
                .then().statusCode(200)
                .body("events.seq", contains(3, 4))
                .body("events[0].v", equalTo(1))
                .body("events[0].name", equalTo("agent.tool.call"))
                .body("events[0].event_type", equalTo("agent.tool.call"))
                .body("events[0].group", equalTo("agent"))
                .body("events[0].session_id", equalTo(id))
                .body("events[0].run_id", equalTo(run.toString()))
                .body("events[0].timestamp", equalTo("2026-11-25T10:00:00.123Z"))
                .body("events[0].transient", equalTo(false))
                .body("events[0].content.tool_name", equalTo("shell"))
                .body("last_seq", equalTo(4))
                .body("run_status", equalTo(null));
        as(token).queryParam("limit", 1).get("/v1/sessions/" + id + "/events")
                .then().body("events.seq", contains(1)).body("last_seq", equalTo(1));
    }

    @Test
    void givenBadReplayParameters_thenValidationProblems() {
        String token = Users.newAccessToken();
        String id = create(token, "params");

        as(token).queryParam("after_seq", -1).get("/v1/sessions/" + id + "/events")
                .then().statusCode(400).body("code", equalTo("invalid_after_seq"));
        as(token).queryParam("limit", 1001).get("/v1/sessions/" + id + "/events")
                .then().statusCode(400).body("code", equalTo("invalid_limit"));
        as(token).get("/v1/sessions/" + id + "/events").then().statusCode(200).body("events", hasSize(0));
    }
}
