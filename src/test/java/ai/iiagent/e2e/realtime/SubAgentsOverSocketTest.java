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

import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sub-agents ({@code sub_agent_task}, {@code sub_agent_task_all}) with the offline model, over /ws:
 * their events are tagged with the parent run and a sub-agent id, every child turn is reserved and
 * settled, a failing child is a tool error the parent reads, the depth limit is a clear tool error,
 * and cancel stops every child with nothing left held.
 */
@QuarkusTest
class SubAgentsOverSocketTest {

    @Inject
    CreditReservationRepository reservations;

    @Test
    void givenTwoTasksInParallel_thenBothChildrenAnswer_withTaggedEvents_andEveryChildTurnIsReservedAndSettled()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "parallel");
        List<JsonNode> events;
        try (SocketClient client = joined(token, id)) {
            query(client, "delegate all: say alpha | say beta");
            events = eventsUntil(client, "agent.stream.complete");
        }
        String runId = events.get(events.size() - 1).path("run_id").asText();
        List<JsonNode> started = withName(events, "agent.sub_agent.started");
        assertThat(started).hasSize(2);
        Set<String> children = started.stream().map(e -> e.path("content").path("sub_agent_id").asText())
                .collect(Collectors.toSet());
        assertThat(children).hasSize(2).allMatch(child -> child.startsWith("sa-"));
        assertThat(started).allSatisfy(e -> {
            assertThat(e.path("run_id").asText()).isEqualTo(runId);
            assertThat(e.path("content").path("parent_run_id").asText()).isEqualTo(runId);
            assertThat(e.path("content").path("sub_agent_depth").asInt()).isEqualTo(1);
            assertThat(e.path("content").path("agent_type").asText()).isEqualTo("task_agent");
        });
        assertThat(started.stream().map(e -> e.path("content").path("prompt").asText()))
                .containsExactlyInAnyOrder("say alpha", "say beta");
        // Each child's own answer streams tagged with its id; the parent's events carry no tag.
        for (String child : children) {
            assertThat(withName(events, "agent.response").stream().filter(e -> tagOf(e).equals(child)))
                    .singleElement().satisfies(e -> assertThat(e.path("content").path("text").asText())
                            .containsAnyOf("say alpha", "say beta"));
            assertThat(withName(events, "agent.sub_agent.complete").stream().filter(e -> tagOf(e).equals(child)))
                    .singleElement().satisfies(e -> assertThat(e.path("content").path("status").asText())
                            .isEqualTo("completed"));
        }
        JsonNode toolResult = withName(events, "agent.tool.result").stream().filter(e -> tagOf(e).isEmpty())
                .findFirst().orElseThrow().path("content");
        assertThat(toolResult.path("tool_name").asText()).isEqualTo("sub_agent_task_all");
        assertThat(toolResult.path("is_error").asBoolean()).isFalse();
        assertThat(toolResult.path("result").path("sub_agents")).hasSize(2);
        JsonNode complete = withName(events, "agent.complete").get(0);
        assertThat(tagOf(complete)).isEmpty();
        assertThat(complete.path("content").path("text").asText()).contains("sub_agent_task_all said")
                .contains("say alpha").contains("say beta");
        assertThat(withName(events, "agent.stream.complete")).singleElement().satisfies(e -> assertThat(tagOf(e)).isEmpty());

        // Ledger: four model turns held (two of the parent, one per child) and every hold released at settlement.
        List<Map<String, Object>> ledger = ledgerOfRun(token, runId);
        Set<Object> held = reservationIds(ledger, "reservation_hold");
        assertThat(held).hasSize(4);
        assertThat(reservationIds(ledger, "reservation_release")).isEqualTo(held);
        assertThat(reservations.heldForRun(UUID.fromString(runId))).isEmpty();
        for (String child : children) {
            assertThat(reservations.findByKey("llm:" + runId + ":sub-" + child + "-turn-1")).hasValueSatisfying(
                    reservation -> assertThat(reservation.status()).isEqualTo(ReservationStatus.SETTLED));
        }
    }

    @Test
    void givenDelegationNestedPastTheDepthLimit_thenTheDeepestCallIsATooDeepToolError_andTheRunStillCompletes()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "deep");
        List<JsonNode> events;
        try (SocketClient client = joined(token, id)) {
            query(client, "delegate: delegate: delegate: hello");
            events = eventsUntil(client, "agent.stream.complete");
        }
        // Depths 1 and 2 (the limit) start; the depth-2 child's own call is refused, and nobody starts at depth 3.
        assertThat(withName(events, "agent.sub_agent.started").stream().map(e -> e.path("content").path("sub_agent_depth")
                .asInt())).containsExactly(1, 2);
        JsonNode refused = withName(events, "agent.tool.result").stream()
                .filter(e -> e.path("content").path("sub_agent_depth").asInt() == 2).findFirst().orElseThrow()
                .path("content");
        assertThat(refused.path("tool_name").asText()).isEqualTo("sub_agent_task");
        assertThat(refused.path("is_error").asBoolean()).isTrue();
        assertThat(refused.path("result").asText()).startsWith("sub_agent_depth_limit").contains("max depth 2");
        JsonNode nested = withName(events, "agent.sub_agent.started").get(1).path("content");
        assertThat(nested.path("parent_sub_agent_id").asText())
                .isEqualTo(withName(events, "agent.sub_agent.started").get(0).path("content").path("sub_agent_id").asText());
        assertThat(withName(events, "agent.sub_agent.complete").stream().map(e -> e.path("content").path("status").asText()))
                .containsExactly("completed", "completed"); // the refused child answered anyway
        assertThat(withName(events, "agent.complete")).hasSize(1);
        assertThat(runStatus(token, id)).isEqualTo("completed");
    }

    @Test
    void givenOneChildThatFails_thenTheParentReadsAToolError_withTheOtherAnswer_andTheRunCompletes() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "failing child");
        List<JsonNode> events;
        try (SocketClient client = joined(token, id)) {
            query(client, "delegate all: fail: the provider is down | say still here");
            events = eventsUntil(client, "agent.stream.complete");
        }
        String runId = events.get(events.size() - 1).path("run_id").asText();
        assertThat(withName(events, "agent.sub_agent.complete").stream().map(e -> e.path("content").path("status").asText()))
                .containsExactlyInAnyOrder("failed", "completed");
        JsonNode failed = withName(events, "agent.sub_agent.complete").stream()
                .filter(e -> e.path("content").path("status").asText().equals("failed")).findFirst().orElseThrow();
        assertThat(failed.path("content").path("result").asText()).startsWith("The sub-agent failed: ");
        JsonNode toolResult = withName(events, "agent.tool.result").stream().filter(e -> tagOf(e).isEmpty())
                .findFirst().orElseThrow().path("content");
        assertThat(toolResult.path("is_error").asBoolean()).isTrue();
        assertThat(toolResult.path("result").path("sub_agents").findValuesAsText("status"))
                .containsExactly("failed", "completed");
        assertThat(withName(events, "agent.complete").get(0).path("content").path("text").asText())
                .contains("sub_agent_task_all failed").contains("say still here");
        assertThat(withName(events, "system.error")).isEmpty();
        assertThat(runStatus(token, id)).isEqualTo("completed");
        assertThat(reservations.heldForRun(UUID.fromString(runId))).isEmpty();
    }

    @Test
    void givenChildrenStreaming_whenTheRunIsCancelled_thenEveryChildStops_andNoCreditsStayHeld() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "cancel children");
        List<JsonNode> events = new ArrayList<>();
        String runId;
        try (SocketClient client = joined(token, id)) {
            query(client, "delegate all: answer slowly one | answer slowly two");
            JsonNode delta = event(client.await(named("agent.response.delta")
                    .and(frame -> !tagOf(event(frame)).isEmpty()), WAIT));
            runId = delta.path("run_id").asText();
            long sent = System.nanoTime();
            Realtime.command(client, "cancel");
            JsonNode interrupted = event(client.await(named("agent.response.interrupted"), WAIT));
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(2));
            assertThat(interrupted.path("content").path("run_status").asText()).isEqualTo("cancelled");
            client.await(named("agent.stream.complete"), WAIT);
        }
        try (SocketClient back = nativeClient(token)) {
            join(back, id, 0); // the stored log: both children ended as cancelled before the run did
            events.addAll(eventsUntil(back, "agent.stream.complete"));
        }
        assertThat(withName(events, "agent.sub_agent.started")).hasSize(2);
        assertThat(withName(events, "agent.sub_agent.complete").stream().map(e -> e.path("content").path("status").asText()))
                .containsExactly("cancelled", "cancelled");
        assertThat(withName(events, "agent.complete")).isEmpty();
        assertThat(runStatus(token, id)).isEqualTo("cancelled");
        assertThat(reservations.heldForRun(UUID.fromString(runId))).isEmpty();
        List<Map<String, Object>> ledger = ledgerOfRun(token, runId);
        Set<Object> held = reservationIds(ledger, "reservation_hold");
        assertThat(held).hasSize(3); // the parent's first turn and one turn of each child
        assertThat(reservationIds(ledger, "reservation_release")).isEqualTo(held);
    }

    private static String tagOf(JsonNode event) {
        return event.path("content").path("sub_agent_id").asText("");
    }

    private static List<JsonNode> withName(List<JsonNode> events, String name) {
        return events.stream().filter(e -> e.path("name").asText().equals(name)).toList();
    }

    private static String runStatus(String token, String sessionId) {
        return given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + sessionId + "/events").then()
                .statusCode(200).extract().jsonPath().getString("run_status");
    }

    private static List<Map<String, Object>> ledgerOfRun(String token, String runId) {
        JsonPath history = given().header("Authorization", "Bearer " + token).queryParam("per_page", 100)
                .get("/v1/credits/history").then().statusCode(200).extract().jsonPath();
        return history.<Map<String, Object>>getList("transactions").stream()
                .filter(row -> runId.equals(row.get("run_id"))).toList();
    }

    private static Set<Object> reservationIds(List<Map<String, Object>> ledger, String type) {
        return ledger.stream().filter(row -> type.equals(row.get("transaction_type")))
                .map(row -> row.get("reservation_id")).collect(Collectors.toSet());
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    private static void query(SocketClient client, String text) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text", text))));
    }

    private static List<JsonNode> eventsUntil(SocketClient client, String last) throws InterruptedException {
        List<JsonNode> events = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String frame = client.next(WAIT);
            if (!Realtime.type(frame).equals("chat_event")) {
                continue;
            }
            JsonNode event = event(frame);
            events.add(event);
            if (event.path("name").asText().equals(last)) {
                return events;
            }
        }
        throw new AssertionError("no " + last + " within 30 s; saw " + events.size() + " events");
    }
}
