package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.command;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Joining, replay after last_seq, live delivery and commands on {@code /ws}. */
@QuarkusTest
class NativeSocketSessionTest {

    @Inject
    PublishSessionEventsUseCase events;

    @Test
    void givenNoSessionId_whenJoining_thenANewOwnedSessionIsCreatedAndEstablished() throws Exception {
        String token = newAccessToken();
        try (SocketClient client = nativeClient(token)) {
            join(client, null, 0);
            JsonNode established = event(client.await(named("connection.established"), WAIT));
            assertThat(established.path("content").path("is_owner").asBoolean()).isTrue();
            String id = established.path("content").path("session_id").asText();
            given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id).then().statusCode(200);
        }
    }

    @Test
    void givenStoredEvents_whenJoiningWithLastSeq_thenOnlyLaterOnesAreReplayed_thenLiveOnesFollow() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "replay");
        publish(id, 5);
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 2);
            client.await(named("connection.established"), WAIT);
            assertThat(persistedSeqs(client, 3)).containsExactly(3L, 4L, 5L);
            publish(id, 2);
            assertThat(persistedSeqs(client, 2)).containsExactly(6L, 7L);
        }
    }

    @Test
    void givenAForcedDisconnectMidStream_whenRejoiningWithLastSeq_thenNothingIsMissingOrTwice() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "resume");
        int total = 300;
        Thread writer = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < total; i++) {
                publishOne(id, i);
            }
        });
        List<Long> seen = new ArrayList<>();
        try (SocketClient first = nativeClient(token)) {
            join(first, id, 0);
            first.await(named("connection.established"), WAIT);
            seen.addAll(persistedSeqs(first, 60));
            first.abort();
        }
        long lastSeq = seen.get(seen.size() - 1);
        try (SocketClient second = nativeClient(token)) {
            join(second, id, lastSeq);
            second.await(named("connection.established"), WAIT);
            seen.addAll(persistedSeqs(second, (int) (total - lastSeq)));
        }
        writer.join();
        assertThat(seen).hasSize(total).isSorted().doesNotHaveDuplicates().first().isEqualTo(1L);
        assertThat(seen.get(total - 1)).isEqualTo(total);
    }

    @Test
    void givenSomeoneElsesPublicSession_whenJoined_thenWatchOnly_andPrivateOnesAreNotFound() throws Exception {
        String ada = newAccessToken();
        String shared = newSession(ada, "shared");
        String secret = newSession(ada, "secret");
        Realtime.publish(ada, shared);
        try (SocketClient eve = nativeClient(newAccessToken())) {
            join(eve, shared, 0);
            assertThat(event(eve.await(named("connection.established"), WAIT)).path("content").path("is_owner")
                    .asBoolean()).isFalse();
            publish(shared, 1);
            assertThat(persistedSeqs(eve, 1)).containsExactly(1L);
            command(eve, "cancel");
            assertThat(errorOf(eve).path("error_code").asText()).isEqualTo("auth_error");
            join(eve, secret, 0);
            assertThat(errorOf(eve).path("code").asText()).isEqualTo("session_not_found");
        }
    }

    @Test
    void givenOwner_whenSendingCommands_thenEachAnswersOnlyAsSpecified() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "commands");
        try (SocketClient owner = nativeClient(token); SocketClient otherTab = nativeClient(token)) {
            join(owner, id, 0);
            owner.await(named("connection.established"), WAIT);
            join(otherTab, id, 0);
            otherTab.await(named("connection.established"), WAIT);

            command(owner, "ping");
            assertThat(event(owner.await(named("system.pong"), WAIT)).path("transient").asBoolean()).isTrue();
            command(owner, "fly_to_the_moon");
            JsonNode unknown = errorOf(owner);
            assertThat(unknown.path("error_code").asText()).isEqualTo("validation_error");
            assertThat(unknown.path("code").asText()).isEqualTo("unknown_command");
            owner.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text", 42))));
            JsonNode malformed = errorOf(owner);
            assertThat(malformed.path("error_code").asText()).isEqualTo("validation_error");
            assertThat(malformed.path("code").asText()).isEqualTo("invalid_command");
            assertThat(malformed.path("message").asText()).contains("query.text");
            command(owner, "query");
            assertThat(errorOf(owner).path("code").asText()).isEqualTo("empty_query");
            command(owner, "save_env");
            assertThat(errorOf(owner).path("code").asText()).isEqualTo("invalid_tool_call_id");
            command(owner, "cancel");
            assertThat(errorOf(owner).path("code").asText()).isEqualTo("run_not_found");
            command(owner, "workspace_info");
            JsonNode info = event(owner.await(named("connection.workspace_info"), WAIT));
            assertThat(info.path("seq").asLong()).isEqualTo(1);

            // The other tab sees the session's events but none of the owner's direct replies.
            String first = otherTab.await(named("connection.workspace_info"), WAIT);
            assertThat(event(first).path("seq").asLong()).isEqualTo(1);
            assertThat(otherTab.drain()).noneMatch(frame -> named("system.error").test(frame)
                    || named("system.pong").test(frame));
        }
    }

    @Test
    void givenStoredEvents_whenACommandIsRefused_thenTheErrorIsTransient_atTheLatestSeq_andNeverReplayed() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "refusals");
        publish(id, 2);
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            assertThat(persistedSeqs(client, 2)).containsExactly(1L, 2L);
            command(client, "fly_to_the_moon");
            JsonNode error = event(client.await(named("system.error"), WAIT));
            assertThat(error.path("transient").asBoolean()).isTrue();
            assertThat(error.path("seq").asLong()).isEqualTo(2);
        }
        publish(id, 1);
        try (SocketClient later = nativeClient(token)) {
            join(later, id, 0);
            assertThat(persistedSeqs(later, 3)).containsExactly(1L, 2L, 3L); // the refusal took no seq
            Thread.sleep(200);
            assertThat(later.drain()).noneMatch(named("system.error"));
        }
    }

    @Test
    void givenALastSeqBeyondTheLog_whenJoining_thenTheConnectionIsToldToResync_andGetsEveryEvent() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "other history");
        publish(id, 3);
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 50);
            JsonNode established = event(client.await(named("connection.established"), WAIT));
            assertThat(established.path("content").path("resync").asBoolean()).isTrue();
            assertThat(established.path("content").path("last_seq").asLong()).isZero();
            assertThat(persistedSeqs(client, 3)).containsExactly(1L, 2L, 3L);
            publish(id, 1);
            assertThat(persistedSeqs(client, 1)).containsExactly(4L);

            join(client, id, 4); // at the end of the log: nothing to resync
            JsonNode again = event(client.await(named("connection.established"), WAIT));
            assertThat(again.path("content").path("resync").asBoolean()).isFalse();
            assertThat(again.path("content").path("last_seq").asLong()).isEqualTo(4);
        }
    }

    @Test
    void givenMalformedFrames_thenValidationErrorsAndTheConnectionStaysUsable() throws Exception {
        try (SocketClient client = nativeClient(newAccessToken())) {
            client.send("{not json");
            assertThat(errorOf(client).path("error_code").asText()).isEqualTo("validation_error");
            client.send(Map.of("type", "join_session", "data", Map.of("session_uuid", "nope")));
            assertThat(errorOf(client).path("error_code").asText()).isEqualTo("validation_error");
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "ping"))));
            assertThat(errorOf(client).path("message").asText()).contains("join a session");
            join(client, null, 0);
            client.await(named("connection.established"), WAIT);
        }
    }

    private static JsonNode errorOf(SocketClient client) throws InterruptedException {
        return event(client.await(named("system.error"), WAIT)).path("content");
    }

    /** Reads frames until {@code count} persisted events arrived; returns their seqs in arrival order. */
    private static List<Long> persistedSeqs(SocketClient client, int count) throws InterruptedException {
        List<Long> seqs = new ArrayList<>();
        while (seqs.size() < count) {
            JsonNode event = event(client.await(named("agent.tool.call").or(named("agent.response.delta")), WAIT));
            if (!event.path("transient").asBoolean()) {
                seqs.add(event.path("seq").asLong());
            }
        }
        return seqs;
    }

    private void publish(String sessionId, int count) {
        for (int i = 0; i < count; i++) {
            publishOne(sessionId, i);
        }
    }

    private void publishOne(String sessionId, int i) {
        UUID run = UUID.randomUUID();
        events.publish(new PublishSessionEventsCommand(new SessionId(UUID.fromString(sessionId)), List.of(
                new Outgoing(EventName.AGENT_RESPONSE_DELTA, run, JsonObject.of(Map.of("text", "part " + i))),
                new Outgoing(EventName.AGENT_TOOL_CALL, run, JsonObject.of(Map.of("tool_name", "shell", "i", i))))));
    }
}
