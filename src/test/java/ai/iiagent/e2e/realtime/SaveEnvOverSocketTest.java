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
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code ask_user_env} / {@code save_env} over /ws with the offline model: the run pauses for the
 * variables, the user's values are stored sealed, the session's sandbox commands get them, and no
 * value is ever in an event, in memory or in any table in plaintext.
 */
@QuarkusTest
class SaveEnvOverSocketTest {

    @Inject
    DataSource dataSource;

    @Test
    void givenAnAgentThatNeedsASecret_whenTheUserSavesIt_thenCommandsGetIt_andItIsStoredNowhereInPlaintext() throws Exception {
        String secret = "sk-live-" + UUID.randomUUID();
        String token = newAccessToken();
        String id = newSession(token, "env");
        try (SocketClient client = joined(token, id)) {
            send(client, Map.of("command", "query", "text", "this needs env API_TOKEN, then run: echo \"token=$API_TOKEN\""));
            JsonNode paused = event(client.await(named("agent.tool.confirmation"), WAIT)).path("content");
            JsonNode asked = paused.path("tools").get(0);
            assertThat(asked.path("tool_name").asText()).isEqualTo("ask_user_env");
            assertThat(asked.path("requires_user_input").asBoolean()).isTrue();
            assertThat(asked.path("tool_input").path("requested_keys").get(0).asText()).isEqualTo("API_TOKEN");

            send(client, Map.of("command", "save_env", "tool_call_id", asked.path("tool_call_id").asText(),
                    "tool_name", "ask_user_env", "secrets", List.of(Map.of("key", "API_TOKEN", "value", secret))));
            JsonNode saved = event(client.await(named("agent.status.update"), WAIT)).path("content");
            assertThat(saved.path("keys").get(0).asText()).isEqualTo("API_TOKEN");
            client.await(named("agent.continue"), WAIT);
            JsonNode answered = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(answered.path("tool_name").asText()).isEqualTo("ask_user_env");
            assertThat(answered.path("is_error").asBoolean()).isFalse();
            assertThat(answered.path("result").path("saved_keys").get(0).asText()).isEqualTo("API_TOKEN");

            // The model now runs the command; Bash still needs the user's approval.
            JsonNode shell = event(client.await(named("agent.tool.confirmation"), WAIT));
            assertThat(shell.path("content").path("tools").get(0).path("tool_name").asText()).isEqualTo("Bash");
            send(client, Map.of("command", "continue_run", "run_id", shell.path("run_id").asText(), "confirmed", true));
            JsonNode ran = event(client.await(named("agent.tool.result"), Duration.ofSeconds(30))).path("content");
            assertThat(ran.path("is_error").asBoolean()).isFalse();
            // Bash runs in the session's persistent shell: its output is stdout and stderr together.
            assertThat(ran.path("result").path("output").asText().strip()).isEqualTo("token=***"); // set, and masked
            client.await(named("agent.complete"), WAIT);
        }
        String events = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id + "/events").then()
                .statusCode(200).extract().asString();
        assertThat(events).contains("API_TOKEN").doesNotContain(secret);
        assertThat(tablesHolding(secret)).isEmpty();
        assertThat(tablesHolding("token=***")).contains("application_events", "agent_run_messages"); // the probe sees rows
        assertThat(count("SELECT count(*) FROM session_secrets WHERE session_id = ?::uuid AND name = 'API_TOKEN'"
                + " AND sealed LIKE 'v1:%'", id)).isEqualTo(1);
    }

    @Test
    void givenSaveEnvThatAnswersNothingOrIsMalformed_thenItIsRefused_withoutEchoingTheValue() throws Exception {
        String secret = "tok-" + UUID.randomUUID();
        String token = newAccessToken();
        String id = newSession(token, "env errors");
        try (SocketClient client = joined(token, id)) {
            send(client, Map.of("command", "save_env", "tool_call_id", "call_1", "secrets", Map.of("API_TOKEN", secret)));
            JsonNode noRun = event(client.await(named("system.error"), WAIT)).path("content");
            assertThat(noRun.path("error_code").asText()).isEqualTo("run_not_found");

            send(client, Map.of("command", "query", "text", "needs env DB_URL and DB_PASSWORD"));
            JsonNode asked = event(client.await(named("agent.tool.confirmation"), WAIT)).path("content").path("tools").get(0);
            assertThat(asked.path("tool_input").path("requested_keys").toString()).isEqualTo("[\"DB_URL\",\"DB_PASSWORD\"]");
            String callId = asked.path("tool_call_id").asText();

            send(client, Map.of("command", "save_env", "tool_call_id", callId, "secrets", Map.of("1BAD", secret)));
            JsonNode badName = event(client.await(named("system.error"), WAIT)).path("content");
            assertThat(badName.path("code").asText()).isEqualTo("invalid_env_secrets");
            assertThat(badName.toString()).doesNotContain(secret);
            send(client, Map.of("command", "save_env", "tool_call_id", callId, "secrets", Map.of("PATH", secret)));
            assertThat(event(client.await(named("system.error"), WAIT)).path("content").path("code").asText())
                    .isEqualTo("invalid_env_secrets");
            send(client, Map.of("command", "save_env", "tool_call_id", "call_99", "secrets", Map.of("DB_URL", secret)));
            assertThat(event(client.await(named("system.error"), WAIT)).path("content").path("error_code").asText())
                    .isEqualTo("run_not_found");

            // A partial answer continues the run and tells the model what is still missing.
            send(client, Map.of("command", "save_env", "tool_call_id", callId, "secrets", Map.of("DB_URL", secret)));
            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("result").path("missing_keys").toString()).isEqualTo("[\"DB_PASSWORD\"]");
            client.await(named("agent.complete"), WAIT);
        }
        assertThat(tablesHolding(secret)).isEmpty();
    }

    @Test
    void givenSomeoneWatchingAPublicSession_whenTheySendSaveEnv_thenOnlyTheOwnerMay() throws Exception {
        String owner = newAccessToken();
        String id = newSession(owner, "public");
        Realtime.publish(owner, id);
        try (SocketClient watcher = nativeClient(newAccessToken())) {
            join(watcher, id, 0);
            assertThat(event(watcher.await(named("connection.established"), WAIT)).path("content").path("is_owner")
                    .asBoolean()).isFalse();
            send(watcher, Map.of("command", "save_env", "tool_call_id", "call_1", "secrets", Map.of("A_KEY", "value-1")));
            assertThat(event(watcher.await(named("system.error"), WAIT)).path("content").path("error_code").asText())
                    .isEqualTo("auth_error");
        }
        assertThat(count("SELECT count(*) FROM session_secrets WHERE session_id = ?::uuid", id)).isZero();
    }

    /** Tables with a row whose text form contains {@code needle}. */
    private List<String> tablesHolding(String needle) throws Exception {
        List<String> holding = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement list = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"); ResultSet rows = list.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertThat(tables).contains("application_events", "agent_run_messages", "session_secrets");
            for (String table : tables) {
                try (PreparedStatement probe = connection.prepareStatement("SELECT count(*) FROM \"" + table + "\" t"
                        + " WHERE t::text LIKE ?")) {
                    probe.setString(1, "%" + needle + "%");
                    try (ResultSet rows = probe.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            holding.add(table);
                        }
                    }
                }
            }
        }
        return holding;
    }

    private long count(String sql, String sessionId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, sessionId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    private static void send(SocketClient client, Map<String, Object> content) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));
    }
}
