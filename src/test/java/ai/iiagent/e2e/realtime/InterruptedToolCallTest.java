package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsCommand;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsUseCase;
import ai.iiagent.port.out.agents.AgentMemoryRepository;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/**
 * A process that dies while a tool runs leaves a run marked running, an assistant tool call without
 * its result and a credit hold. Against a provider that refuses unanswered tool calls (like OpenAI),
 * recovery must leave the session usable, its holds returned and its clients told the stream ended;
 * a history broken before recovery did this must still work. Provider error bodies stay in the log.
 */
@QuarkusTest
@WithTestResource(StrictOpenAiStandIn.class)
class InterruptedToolCallTest {

    private static final String ANSWER = "Your list has one item: book flights.";

    @Inject
    RunTaskRepository runs;
    @Inject
    AgentMemoryRepository memory;
    @Inject
    RecoverInterruptedRunsUseCase recover;
    @Inject
    ReserveCreditsUseCase reserve;

    @Test
    void givenACrashDuringAToolCall_whenRecovered_thenTheCallIsAnswered_theHoldReturned_andTheSessionWorksAgain()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "crashed mid tool");
        SessionId session = new SessionId(UUID.fromString(id));
        RunTask crashed = runSince(session, RunStatus.RUNNING);
        memory.append(session, crashed.id(), List.of(Message.user("plan my trip"), pendingCall("call_crash_1")));
        reserve.reserve(new ReserveCreditsCommand(userOf(token), BillingSubject.llm(session.value(), crashed.id().value(),
                "openai", "gpt-4o-mini"), "crash-" + crashed.id(), new HoldRequest.Fixed(Credits.of(7))));
        assertThat(balance(token).getFloat("held_credits")).as("a hold shows in the balance").isEqualTo(7.0f);
        assertThat(balance(token).getFloat("total_credits")).isEqualTo(293.0f);

        assertThat(recover.recover(new RecoverInterruptedRunsCommand("the test"))).isPositive();

        assertThat(runs.findById(crashed.id()).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        assertThat(balance(token).getFloat("held_credits")).as("the crashed run's hold is returned").isZero();
        assertThat(balance(token).getFloat("total_credits")).isEqualTo(300.0f);
        Message answered = memory.ofRun(crashed.id()).getLast();
        assertThat(answered.role()).isEqualTo(Role.TOOL);
        assertThat(answered.toolCallId()).isEqualTo("call_crash_1");
        assertThat(answered.toolError()).isTrue();
        assertThat(answered.text()).contains("interrupted");
        JsonPath log = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id + "/events")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("events.name", String.class))
                .containsSubsequence("agent.response.interrupted", "agent.stream.complete")
                .last().isEqualTo("agent.stream.complete");
        assertThat(log.getString("events[-1].run_id")).isEqualTo(crashed.id().toString());

        assertThat(nextQuery(token, id, "what now?")).isEqualTo(ANSWER);
        assertThat(lastRequestAnswered("call_crash_1")).isTrue();
    }

    @Test
    void givenAHistoryAlreadyBrokenByAnEarlierCrash_thenTheNextQueryStillSucceeds() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "broken before the fix");
        SessionId session = new SessionId(UUID.fromString(id));
        RunTask failed = runSince(session, RunStatus.FAILED);
        memory.append(session, failed.id(), List.of(Message.user("plan my trip"), pendingCall("call_old_1")));

        assertThat(nextQuery(token, id, "still there?")).isEqualTo(ANSWER);
        assertThat(lastRequestAnswered("call_old_1")).isTrue();
    }

    @Test
    void givenTheProviderAnswersAnError_thenUsersGetItsStatusInAShortMessage_andOnlyTheServerLogHasItsBody()
            throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger router = Logger.getLogger("ai.iiagent.adapter.llm.routing.ProviderRouterLlm");
        router.addHandler(capture);
        String token = newAccessToken();
        String id = newSession(token, "provider error");
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", StrictOpenAiStandIn.FAIL_WORD))));
            JsonNode error = event(client.await(named("system.error"), WAIT));
            JsonNode content = error.path("content");
            assertThat(content.path("error_code").asText()).isEqualTo("execution_error");
            assertThat(content.path("code").asText()).isEqualTo("llm_provider_error");
            assertThat(content.path("recoverable").isBoolean()).isTrue();
            assertThat(content.path("run_id").asText()).isNotBlank().isEqualTo(error.path("run_id").asText());
            assertThat(content.path("message").asText()).contains("400").doesNotContain(StrictOpenAiStandIn.CANARY)
                    .doesNotContain("Rate limit");
            client.await(named("agent.stream.complete"), WAIT);
        } finally {
            router.removeHandler(capture);
        }
        String events = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id + "/events")
                .then().statusCode(200).extract().asString();
        assertThat(events).contains("llm_provider_error").doesNotContain(StrictOpenAiStandIn.CANARY);
        assertThat(logged).as("the server log keeps the provider's full answer")
                .anyMatch(line -> line.contains(StrictOpenAiStandIn.CANARY));
    }

    private RunTask runSince(SessionId session, RunStatus status) {
        Instant longAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
        RunTask created = RunTask.create(session, RunKind.AGENT_RUN, longAgo);
        runs.insert(created, created.transition("created"));
        RunTask running = created.moveTo(RunStatus.RUNNING, null, longAgo);
        running = runs.update(running, running.transition("started"));
        if (status == RunStatus.RUNNING) {
            return running;
        }
        RunTask ended = running.moveTo(status, "the process died", longAgo);
        return runs.update(ended, ended.transition("ended"));
    }

    private static Message pendingCall(String callId) {
        return Message.assistant("", null, List.of(new ToolCall(callId, "TodoWrite",
                Map.of("todos", List.of(Map.of("content", "Book flights", "status", "pending"))))));
    }

    /** Sends a query over the socket; the text of {@code agent.complete}, or fails with the error that came instead. */
    private static String nextQuery(String token, String id, String text) throws Exception {
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", text))));
            JsonNode end = event(client.await(named("agent.complete").or(named("system.error")), WAIT));
            assertThat(end.path("name").asText()).as("the run ends well, not with %s", end.path("content"))
                    .isEqualTo("agent.complete");
            return end.path("content").path("text").asText();
        }
    }

    /** Whether the last request the provider got carried a tool message answering that call. */
    private static boolean lastRequestAnswered(String callId) {
        String body = StrictOpenAiStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))
                .getLast().getBodyAsString();
        JsonNode messages = SocketClient.parse(body).path("messages");
        boolean answered = false;
        for (JsonNode message : messages) {
            answered |= "tool".equals(message.path("role").asText()) && callId.equals(message.path("tool_call_id").asText());
        }
        return answered && StrictOpenAiStandIn.unanswered(messages).isEmpty();
    }

    private static JsonPath balance(String token) {
        return given().header("Authorization", "Bearer " + token).get("/v1/credits/balance").then().statusCode(200)
                .extract().jsonPath();
    }

    private static UserId userOf(String token) {
        return UserId.of(UUID.fromString(given().header("Authorization", "Bearer " + token).get("/auth/me")
                .then().statusCode(200).extract().path("id")));
    }
}
