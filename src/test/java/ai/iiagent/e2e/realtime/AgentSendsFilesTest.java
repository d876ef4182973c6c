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
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's end-to-end case with the offline model over /ws: the agent writes a file, runs it in the
 * sandbox (after the user approves the shell command) and sends it to the user; the file is then
 * among the session's files over REST, downloadable by its owner only.
 */
@QuarkusTest
class AgentSendsFilesTest {

    @Test
    void givenARequestToWriteRunAndSend_thenTheApprovedRunDeliversTheFileIntoTheSessionsFiles() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "deliver");
        String fileId;
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "write greet.sh: echo hello from the sandbox; pwd, then run it and send it to me"))));

            assertThat(event(client.await(named("agent.tool.call"), WAIT)).path("content").path("tool_name").asText())
                    .isEqualTo("Write");
            JsonNode paused = event(client.await(named("agent.tool.confirmation"), WAIT));
            JsonNode waiting = paused.path("content").path("tools").get(0);
            assertThat(waiting.path("tool_name").asText()).isEqualTo("Bash");
            assertThat(waiting.path("tool_input").path("session_name").asText()).isEqualTo("main");
            assertThat(waiting.path("requires_confirmation").asBoolean()).isTrue();

            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "continue_run",
                    "run_id", paused.path("run_id").asText(), "confirmed", true))));
            JsonNode ran = event(client.await(named("agent.tool.result"), Duration.ofSeconds(30))).path("content");
            assertThat(ran.path("tool_name").asText()).isEqualTo("Bash");
            assertThat(ran.path("result").path("output").asText()).isEqualTo("hello from the sandbox\n/workspace\n");
            assertThat(ran.path("result").path("exit_code").asInt()).isZero();

            JsonNode sendCall = event(client.await(named("agent.tool.call"), WAIT)).path("content");
            assertThat(sendCall.path("tool_name").asText()).isEqualTo("send_user_files");
            JsonNode sent = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(sent.path("is_error").asBoolean()).isFalse();
            JsonNode file = sent.path("result").path("files").get(0);
            assertThat(file.path("name").asText()).isEqualTo("greet.sh");
            assertThat(file.path("path").asText()).isEqualTo("greet.sh");
            assertThat(file.path("url").asText()).isNotBlank();
            fileId = file.path("id").asText();
            assertThat(event(client.await(named("agent.complete"), WAIT)).path("content").path("text").asText())
                    .contains("The user now has 1 file in this session: greet.sh.");
        }

        JsonPath files = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id + "/files").then()
                .statusCode(200).extract().jsonPath();
        assertThat(files.getList("id", String.class)).containsExactly(fileId);
        assertThat(files.getString("[0].name")).isEqualTo("greet.sh");
        assertThat(files.getString("[0].content_type")).isEqualTo("text/x-shellscript");
        assertThat(files.getLong("[0].size")).isEqualTo("echo hello from the sandbox; pwd\n".length());
        assertThat(given().header("Authorization", "Bearer " + token).get("/v1/assets/" + fileId + "/download").then()
                .statusCode(200).extract().asString()).isEqualTo("echo hello from the sandbox; pwd\n");
        String stranger = newAccessToken();
        given().header("Authorization", "Bearer " + stranger).get("/v1/assets/" + fileId + "/download").then()
                .statusCode(404);
        given().header("Authorization", "Bearer " + stranger).get("/v1/sessions/" + id + "/files").then().statusCode(404);
    }
}
