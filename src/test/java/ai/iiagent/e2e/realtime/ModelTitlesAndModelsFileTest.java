package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server started with MODEL_CONFIGS_FILE (YAML, the original's named-map form, next to the test
 * profile's MODEL_CONFIGS JSON) and SESSION_TITLE_ENABLED: the file's models are listed, and a new
 * session is named by a billed model call (the offline model answers title prompts
 * deterministically), falling back to the first query when the model fails.
 */
@QuarkusTest
@TestProfile(ModelTitlesAndModelsFileTest.WithFileAndTitles.class)
class ModelTitlesAndModelsFileTest {

    public static class WithFileAndTitles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path file = Files.createTempFile("model-configs-", ".yaml");
                file.toFile().deleteOnExit();
                Files.writeString(file, """
                        # as in the original's model_configs.example.yaml
                        default:
                          model: claude-sonnet-4-5
                          api_type: anthropic
                          api_key: sk-ant-from-yaml-0123456789
                          application_model_name: Claude (from YAML)
                        local/qwen:
                          model: qwen2.5-coder
                          api_type: custom
                          base_url: http://127.0.0.1:11434/v1
                          temperature: 0.1
                        """);
                return Map.of("app.user-settings.model-configs-file", file.toString(),
                        "app.agents.titles-from-model", "true", "app.agents.provider-initial-backoff", "PT0.01S",
                        "app.user-settings.allow-private-base-urls", "true");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void givenAModelsFile_thenItsModelsAreSystemModels_nextToThoseOfModelConfigs() {
        JsonPath models = given().header("Authorization", "Bearer " + newAccessToken()).get("/v1/user-settings/models")
                .then().statusCode(200).extract().jsonPath();

        assertThat(models.getList("models.model_id", String.class))
                .contains("offline-demo", "gpt-4o-mini", "claude-sonnet-4-5", "qwen2.5-coder");
        Map<String, Object> claude = models.getMap("models.find { it.model_id == 'claude-sonnet-4-5' }");
        assertThat(claude).containsEntry("provider", "anthropic").containsEntry("display_name", "Claude (from YAML)")
                .containsEntry("config_type", "system").containsEntry("has_api_key", true)
                .containsEntry("is_default", true);
        Map<String, Object> qwen = models.getMap("models.find { it.model_id == 'qwen2.5-coder' }");
        assertThat(qwen).containsEntry("provider", "openai_compatible").containsEntry("base_url", "http://127.0.0.1:11434/v1")
                .containsEntry("params", Map.of("temperature", 0.1f));
    }

    @Test
    void givenModelTitles_whenANewSessionsFirstQueryRuns_thenAModelNamesIt_andTheTitleCallIsReservedToo() throws Exception {
        String token = newAccessToken();
        String id;
        try (SocketClient client = nativeClient(token)) {
            join(client, null, 0);
            id = event(client.await(named("connection.established"), WAIT)).path("content").path("session_id").asText();
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "hello there, what's the weather like on Mars today?"))));
            client.await(named("agent.complete"), WAIT);
        }

        assertThat(nameOf(token, id, "Hello There What S The")).isEqualTo("Hello There What S The");
        List<String> holds = given().header("Authorization", "Bearer " + token)
                .queryParam("transaction_type", "reservation_hold").get("/v1/credits/history").then().extract()
                .jsonPath().getList("transactions.id", String.class);
        assertThat(holds).hasSize(2); // the answer's turn and the title's call
    }

    @Test
    void givenATitleModelThatFails_thenTheSessionIsNamedAfterItsFirstQuery() throws Exception {
        String token = newAccessToken();
        String broken = given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("provider", "openai_compatible", "model_id", "nowhere", "base_url", "http://127.0.0.1:9/v1",
                        "api_key", "sk-nowhere"))
                .post("/v1/user-settings/models").then().statusCode(201).extract().path("id");
        String id;
        try (SocketClient client = nativeClient(token)) {
            join(client, null, 0);
            id = event(client.await(named("connection.established"), WAIT)).path("content").path("session_id").asText();
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "summarise   the quarterly report", "model_id", broken))));
            client.await(named("agent.response.interrupted"), Duration.ofSeconds(20)); // the model is unreachable
        }

        assertThat(nameOf(token, id, "summarise the quarterly report")).isEqualTo("summarise the quarterly report");
    }

    /** The session's name once it is {@code expected}, or whatever it is after a few seconds. */
    private static String nameOf(String token, String id, String expected) throws InterruptedException {
        String name = null;
        for (int i = 0; i < 100 && !expected.equals(name); i++) {
            name = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id).then().statusCode(200)
                    .extract().path("name");
            Thread.sleep(50);
        }
        return name;
    }
}
