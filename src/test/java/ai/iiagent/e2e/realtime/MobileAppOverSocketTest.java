package ai.iiagent.e2e.realtime;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code mobile_app} run with the offline model, end to end in the real bubblewrap sandbox: "build
 * mobile: NAME" makes it call mobile_app_init, the Expo template shipped with the app lands in
 * {@code /workspace/NAME} (read back over the socket's {@code file_content}), the session's project is an
 * {@code expo} one, its web preview answers on port 3000 (offline: the template's placeholder page, as
 * the sandbox cannot npm install) and "restart mobile" restarts it through restart_mobile_server.
 */
@QuarkusTest
class MobileAppOverSocketTest {

    private static final Duration RUN = Duration.ofSeconds(120);

    @Test
    void givenAMobileAppRun_whenAskedToBuildAnApp_thenTheExpoTemplateIsInTheWorkspace_previewed_andRestartable()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "mobile");
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), Realtime.WAIT);

            JsonNode init = run(client, "build mobile: pocket-notes", "mobile_app_init");
            JsonNode display = init.path("result");
            assertThat(display.path("framework").asText()).as(init.toString()).isEqualTo("expo");
            assertThat(display.path("directory").asText()).isEqualTo("/workspace/pocket-notes");
            assertThat(display.path("running").asBoolean()).isTrue();
            assertThat(display.path("port").asInt()).isEqualTo(3000);
            assertThat(display.path("url").asText()).isNotBlank();

            assertThat(file(client, "pocket-notes/App.js")).contains("from 'react-native'")
                    .contains("<Text style={styles.title}>pocket-notes</Text>");
            assertThat(file(client, "pocket-notes/app.json")).contains("\"slug\": \"pocket-notes\"")
                    .contains("\"bundleIdentifier\": \"com.example.pocket-notes\"");
            assertThat(file(client, "pocket-notes/package.json")).contains("\"expo\": \"57.0.26\"")
                    .contains("\"main\": \"index.js\"");
            assertThat(file(client, "pocket-notes/index.js")).contains("registerRootComponent(App)");
            assertThat(file(client, "pocket-notes/.gitignore")).contains("node_modules/").contains(".env");
            assertThat(file(client, "pocket-notes/.server.log")).contains("serving offline/ instead");

            JsonNode restart = run(client, "restart mobile", "restart_mobile_server");
            assertThat(restart.path("result").path("running").asBoolean()).as(restart.toString()).isTrue();
            assertThat(restart.path("result").path("port").asInt()).isEqualTo(3000);
        }
        JsonPath project = given().header("Authorization", "Bearer " + token).get("/v1/project/" + id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(project.getString("name")).isEqualTo("pocket-notes");
        assertThat(project.getString("framework")).isEqualTo("expo");
        assertThat(project.getString("directory")).isEqualTo("/workspace/pocket-notes");
        given().header("Authorization", "Bearer " + newAccessToken()).get("/v1/project/" + id).then().statusCode(404);
    }

    @Test
    void givenNoApp_whenTheServerIsRestarted_thenTheToolSaysToCreateOneFirst() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "mobile without app");
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), Realtime.WAIT);
            send(client, "restart mobile");
            JsonNode call = event(client.await(named("agent.tool.call"), RUN)).path("content");
            assertThat(call.path("tool_name").asText()).isEqualTo("restart_mobile_server");
            JsonNode result = event(client.await(named("agent.tool.result"), RUN)).path("content");
            assertThat(result.path("is_error").asBoolean()).isTrue();
            assertThat(result.toString()).contains("Create one with mobile_app_init");
            client.await(named("agent.complete"), RUN);
        }
    }

    /** A mobile_app query; answers the result of the one tool call it makes, which must be {@code tool}. */
    private static JsonNode run(SocketClient client, String text, String tool) throws InterruptedException {
        send(client, text);
        JsonNode call = event(client.await(named("agent.tool.call"), RUN)).path("content");
        assertThat(call.path("tool_name").asText()).isEqualTo(tool);
        JsonNode result = event(client.await(named("agent.tool.result"), RUN)).path("content");
        assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
        client.await(named("agent.complete"), RUN);
        return result;
    }

    private static void send(SocketClient client, String text) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("command", "query");
        content.put("text", text);
        content.put("agent_type", "mobile_app");
        content.put("auto_approve", true);
        client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));
    }

    private static String file(SocketClient client, String path) throws InterruptedException {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "file_content", "path", path))));
        JsonNode answer = event(client.await(named("file.content.read").or(named("system.error")), Realtime.WAIT));
        assertThat(answer.path("name").asText()).as(answer.toString()).isEqualTo("file.content.read");
        return answer.path("content").path("content").asText();
    }
}
