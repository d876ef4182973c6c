package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agent runs with the offline scripted model, driven over /ws like the web UI drives them. */
@QuarkusTest
class AgentRunOverSocketTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void givenAQuery_thenTheAnswerStreamsAndCompletes_andTheTurnIsReservedThenSettled() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "hello");
        try (SocketClient client = joined(token, id)) {
            query(client, "hello there");

            List<String> names = namesUntil(client, "agent.stream.complete");
            assertThat(names).containsSubsequence("session.user_message", "agent.processing", "agent.response.delta",
                    "agent.response", "agent.complete", "agent.stream.complete");
        }
        JsonPath history = given().header("Authorization", "Bearer " + token).get("/v1/credits/history").then()
                .statusCode(200).extract().jsonPath();
        assertThat(history.getList("transactions.transaction_type", String.class))
                .contains("reservation_hold", "reservation_release", "signup_grant");
        assertThat(history.getList("transactions.model_id", String.class)).contains("offline-demo");
        assertThat(given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id + "/events").then()
                .statusCode(200).extract().jsonPath().getString("run_status")).isEqualTo("completed");
    }

    @Test
    void givenAQueryThatNeedsATool_thenTheToolRunsAndTheModelAnswersAfterIt() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "todo");
        try (SocketClient client = joined(token, id)) {
            query(client, "make a todo list: buy milk, write code");

            JsonNode call = event(client.await(named("agent.tool.call"), WAIT)).path("content");
            assertThat(call.path("tool_name").asText()).isEqualTo("TodoWrite");
            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("result").path("todos")).hasSize(2);
            JsonNode done = event(client.await(named("agent.complete"), WAIT)).path("content");
            assertThat(done.path("text").asText()).contains("TodoWrite said");
        }
        List<String> holds = given().header("Authorization", "Bearer " + token)
                .queryParam("transaction_type", "reservation_hold").get("/v1/credits/history").then().extract()
                .jsonPath().getList("transactions.id", String.class);
        assertThat(holds).hasSize(2); // one reservation per model turn
    }

    @Test
    void givenAToolThatNeedsTheUser_thenTheRunPauses_andContinueRunResumesIt_approvedOrRejected() throws Exception {
        String token = newAccessToken();
        for (boolean approve : new boolean[] {true, false}) {
            String id = newSession(token, "choose " + approve);
            try (SocketClient client = joined(token, id)) {
                query(client, "please choose a colour");
                JsonNode paused = event(client.await(named("agent.tool.confirmation"), WAIT));
                assertThat(paused.path("content").path("run_status").asText()).isEqualTo("paused");
                assertThat(paused.path("content").path("tools").get(0).path("requires_user_input").asBoolean()).isTrue();

                client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "continue_run",
                        "run_id", paused.path("run_id").asText(), "confirmed", approve,
                        "user_input", Map.of("selection", "Option B")))));
                client.await(named("agent.continue"), WAIT);
                JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
                assertThat(result.path("is_error").asBoolean()).isEqualTo(!approve);
                client.await(named("agent.complete"), WAIT);
            }
        }
    }

    /**
     * A run's pause and its end are each stored with the events announcing them in one transaction (PostgreSQL's
     * xmin names the transaction that wrote a row), so a replay that reads the status first never gets "paused" or
     * "completed" without the question or the completion in its page.
     */
    @Test
    void givenARunThatPausesThenCompletes_thenEachStatusCommitsWithTheEventsAnnouncingIt() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "atomic end");
        try (SocketClient client = joined(token, id)) {
            query(client, "please choose a colour");
            JsonNode paused = event(client.await(named("agent.tool.confirmation"), WAIT));
            String run = paused.path("run_id").asText();
            assertThat(writersOfEvents(run, "agent.tool.confirmation")).containsExactly(writerOfStatus(run, "paused"));

            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "continue_run",
                    "run_id", run, "confirmed", true, "user_input", Map.of("selection", "Option B")))));
            client.await(named("agent.stream.complete"), WAIT);
            assertThat(writersOfEvents(run, "agent.complete", "agent.stream.complete"))
                    .containsExactly(writerOfStatus(run, "completed"));
        }
    }

    @Test
    void givenAStreamingAnswer_whenCancelled_thenInterruptedWithinASecond_andNothingStaysHeld() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "cancel");
        try (SocketClient client = joined(token, id)) {
            query(client, "answer slowly please");
            client.await(named("agent.response.delta"), WAIT);
            long sent = System.nanoTime();
            Realtime.command(client, "cancel");

            JsonNode interrupted = event(client.await(named("agent.response.interrupted"), WAIT)).path("content");
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(1));
            assertThat(interrupted.path("run_status").asText()).isEqualTo("cancelled");
            client.await(named("agent.stream.complete"), WAIT);
        }
        List<String> types = given().header("Authorization", "Bearer " + token).get("/v1/credits/history").then()
                .extract().jsonPath().getList("transactions.transaction_type", String.class);
        assertThat(types).contains("reservation_hold", "reservation_release"); // the unused part of the hold came back
        assertThat(given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id + "/events").then()
                .extract().jsonPath().getString("run_status")).isEqualTo("cancelled");
    }

    @Test
    void givenAModelRepeatingTheSameCall_thenLoopDetectionStopsTheRun() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "loop");
        try (SocketClient client = joined(token, id)) {
            query(client, "loop forever");
            JsonNode error = event(client.await(named("system.error"), WAIT)).path("content");
            assertThat(error.path("code").asText()).isEqualTo("loop_detected");
            assertThat(event(client.await(named("agent.response.interrupted"), WAIT)).path("content").path("run_status")
                    .asText()).isEqualTo("failed");
        }
    }

    @Test
    void givenAClientThatLeavesMidRun_thenTheRunFinishes_andARejoiningClientGetsEveryEvent() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "outlives");
        try (SocketClient client = joined(token, id)) {
            query(client, "make a todo list: one, two");
            client.await(named("agent.processing"), WAIT);
        } // gone before the run ends
        Thread.sleep(1500);
        try (SocketClient back = nativeClient(token)) {
            join(back, id, 0);
            List<String> names = namesUntil(back, "agent.stream.complete");
            assertThat(names).containsSubsequence("session.user_message", "agent.processing", "agent.tool.call",
                    "agent.tool.result", "agent.complete", "agent.stream.complete");
            assertThat(names).doesNotContain("agent.response.delta"); // transient deltas are not replayed
        }
    }

    @Test
    void givenASecondQueryWhileARunIsActive_thenItIsRefused() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "busy");
        try (SocketClient client = joined(token, id)) {
            query(client, "answer slowly please");
            client.await(named("agent.response.delta"), WAIT);
            query(client, "and another thing");
            assertThat(event(client.await(named("system.error"), WAIT)).path("content").path("error_code").asText())
                    .isEqualTo("concurrent_operation");
            Realtime.command(client, "cancel");
            client.await(named("agent.stream.complete"), WAIT);
        }
    }

    @Test
    void givenAPlanRequest_thenMilestonesAreGenerated_andExecutingOneMovesItToCompleted() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "plan");
        try (SocketClient client = joined(token, id)) {
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "plan",
                    "text", "ship the site: write copy, build pages, deploy"))));
            JsonNode generated = event(client.await(named("plan.milestone.generated"), WAIT)).path("content");
            assertThat(generated.path("milestones")).hasSize(3);
            assertThat(generated.path("milestones").get(1).path("content").asText()).isEqualTo("build pages");
            client.await(named("agent.complete"), WAIT);

            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "go", "milestone_ids", List.of("m2")))));
            JsonNode started = event(client.await(named("plan.milestone.updated"), WAIT)).path("content");
            assertThat(started.path("milestone_id").asText()).isEqualTo("m2");
            assertThat(started.path("status").asText()).isEqualTo("in_progress");
            JsonNode finished = event(client.await(named("plan.milestone.updated").and(frame -> event(frame)
                    .path("content").path("status").asText().equals("completed")), WAIT)).path("content");
            assertThat(finished.path("milestone_id").asText()).isEqualTo("m2");
            client.await(named("agent.stream.complete"), WAIT);
        }
        assertThat(given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id).then().statusCode(200)
                .extract().jsonPath().getList("session_metadata.plan.milestones.status", String.class))
                .containsExactly("pending", "completed", "pending");
    }

    @Test
    void givenAHistoryNearTheModelsWindow_thenTheNextRunSummarisesItFirst_andThenFitsAgain() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "long");
        String longQuery = ("lorem".repeat(200) + " ").repeat(16); // ~16,000 characters in 16 words
        try (SocketClient client = joined(token, id)) {
            query(client, longQuery);
            List<String> first = namesUntil(client, "agent.stream.complete");
            assertThat(first).doesNotContain("agent.model.compact"); // nothing to summarise yet

            query(client, "what next?");
            List<String> second = namesUntil(client, "agent.stream.complete");
            assertThat(second).containsSubsequence("session.summary.started", "agent.model.compact",
                    "session.summary.completed", "agent.response", "agent.complete");

            query(client, "and then?");
            assertThat(namesUntil(client, "agent.stream.complete")).doesNotContain("agent.model.compact");
        }
        List<String> holds = given().header("Authorization", "Bearer " + token)
                .queryParam("transaction_type", "reservation_hold").get("/v1/credits/history").then().extract()
                .jsonPath().getList("transactions.id", String.class);
        assertThat(holds).hasSize(4); // three turns and the summary, each reserved
    }

    @Test
    void givenEnhancePrompt_thenARewrittenPromptArrives_andTheCallIsBilledWithoutARun() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "enhance");
        try (SocketClient client = joined(token, id)) {
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "enhance_prompt",
                    "text", "make website"))));
            JsonNode generated = event(client.await(named("agent.prompt.generated"), WAIT)).path("content");
            assertThat(generated.path("prompt").asText()).startsWith("Goal: make website");
            assertThat(generated.path("original").asText()).isEqualTo("make website");
        }
        assertThat(given().header("Authorization", "Bearer " + token).queryParam("transaction_type", "reservation_hold")
                .get("/v1/credits/history").then().extract().jsonPath().getList("transactions.id")).hasSize(1);
    }

    @Test
    void givenAForkedSession_whenStartForkIsSent_thenItsFirstRunStartsFromTheForkInfo() throws Exception {
        String token = newAccessToken();
        String parent = newSession(token, "research");
        try (SocketClient client = joined(token, parent)) {
            query(client, "hello parent");
            client.await(named("agent.stream.complete"), WAIT);
        }
        String child = given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("fork_type", "continue", "context", Map.of("attachments", List.of(),
                        "additional_instruction", "Focus on pricing.")))
                .post("/v1/sessions/" + parent + "/fork").then().statusCode(201).extract().path("session_id");
        try (SocketClient client = joined(token, child)) {
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "start_fork"))));
            JsonNode asked = event(client.await(named("session.user_message"), WAIT)).path("content");
            assertThat(asked.path("text").asText()).startsWith("Continue the work of the previous session")
                    .endsWith("Focus on pricing.");
            client.await(named("agent.complete"), WAIT);
        }
        try (SocketClient client = joined(token, parent)) {
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "start_fork"))));
            assertThat(event(client.await(named("system.error"), WAIT)).path("content").path("code").asText())
                    .isEqualTo("invalid_fork_session");
        }
    }

    @Test
    void givenAutoApprove_thenTheAgentWritesAFileAndRunsItInTheSessionsSandbox() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "sandbox");
        try (SocketClient client = joined(token, id)) {
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "write hello.sh: echo hi from the sandbox; id -u, then run it", "auto_approve", true))));
            assertThat(event(client.await(named("agent.tool.call"), WAIT)).path("content").path("tool_name").asText())
                    .isEqualTo("Write");
            client.await(named("agent.tool.result"), WAIT);
            assertThat(event(client.await(named("agent.tool.call"), WAIT)).path("content").path("tool_input")
                    .path("command").asText()).isEqualTo("sh hello.sh");
            JsonNode ran = event(client.await(named("agent.tool.result"), Duration.ofSeconds(30))).path("content");
            assertThat(ran.path("is_error").asBoolean()).isFalse();
            assertThat(ran.path("result").path("output").asText()).isEqualTo("hi from the sandbox\n65534\n");
            assertThat(ran.path("result").path("session_name").asText()).isEqualTo("main");
            client.await(named("agent.complete"), WAIT);
        }
    }

    @Test
    void givenNoAutoApprove_thenAShellCommandWaitsForTheUser_andRunsOnceApproved() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "approve shell");
        try (SocketClient client = joined(token, id)) {
            query(client, "run: echo approved");
            JsonNode paused = event(client.await(named("agent.tool.confirmation"), WAIT));
            assertThat(paused.path("content").path("tools").get(0).path("requires_confirmation").asBoolean()).isTrue();
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "continue_run",
                    "run_id", paused.path("run_id").asText(), "confirmed", true))));
            JsonNode ran = event(client.await(named("agent.tool.result"), Duration.ofSeconds(30))).path("content");
            assertThat(ran.path("result").path("output").asText()).isEqualTo("approved\n");
            client.await(named("agent.complete"), WAIT);
        }
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    /** The transaction that logged the run's move to {@code status}. */
    private String writerOfStatus(String run, String status) throws SQLException {
        List<String> writers = writers("select xmin::text from task_logs where task_id = ?::uuid and lower(status) = '"
                + status + "'", run);
        assertThat(writers).as("the run's move to " + status).hasSize(1);
        return writers.getFirst();
    }

    /** The distinct transactions that stored the run's events of these names. */
    private List<String> writersOfEvents(String run, String... names) throws SQLException {
        return writers("select distinct xmin::text from application_events where run_id = ?::uuid and event_type in ('"
                + String.join("', '", names) + "')", run);
    }

    private List<String> writers(String sql, String run) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, run);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private static void query(SocketClient client, String text) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text", text))));
    }

    private static List<String> namesUntil(SocketClient client, String last) throws InterruptedException {
        List<String> names = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String name = event(client.next(WAIT)).path("name").asText();
            names.add(name);
            if (name.equals(last)) {
                return names;
            }
        }
        throw new AssertionError("no " + last + " in " + names);
    }
}
