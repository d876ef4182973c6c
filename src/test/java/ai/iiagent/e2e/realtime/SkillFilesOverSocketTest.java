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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * An uploaded skill used by an agent, end to end: the package goes up over REST, the offline model loads
 * it with the {@code Skill} tool over /ws, its files appear in the session's sandbox at
 * {@code /workspace/.skills/<name>/}, and the script it ships runs there with Bash.
 */
@QuarkusTest
class SkillFilesOverSocketTest {

    private static final Duration START = Duration.ofSeconds(60);

    @Test
    void givenAnUploadedSkill_whenTheAgentLoadsIt_thenItsFilesAreInTheWorkspace_andItsScriptRunsInTheSandbox()
            throws Exception {
        String token = newAccessToken();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("deploy-helper/SKILL.md", "---\nname: deploy-helper\ndescription: Deploys things\n---\n\n"
                + "Run scripts/run.sh first.\n");
        entries.put("deploy-helper/scripts/run.sh", "#!/bin/sh\necho \"deploying from $(pwd)\"\n");
        given().auth().oauth2(token).contentType("application/zip").body(zip(entries)).post("/v1/user-settings/skills")
                .then().statusCode(201);
        String id = newSession(token, "skill files");

        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            query(client, "mcp: Skill {\"skill\": \"deploy-helper\"}");
            JsonNode loaded = event(client.await(named("agent.tool.result"), START)).path("content");
            assertThat(loaded.path("is_error").asBoolean()).as(loaded.toString()).isFalse();
            assertThat(loaded.path("result").path("files").asInt()).as(loaded.toString()).isEqualTo(2);
            assertThat(loaded.path("result").path("files_directory").asText())
                    .isEqualTo("/workspace/.skills/deploy-helper");
            client.await(named("agent.stream.complete"), WAIT);

            Path script = sandboxes().resolve(id).resolve(".skills/deploy-helper/scripts/run.sh");
            assertThat(script).content(StandardCharsets.UTF_8).contains("echo \"deploying from $(pwd)\"");

            query(client, "run: sh .skills/deploy-helper/scripts/run.sh");
            JsonNode ran = event(client.await(named("agent.tool.result"), START)).path("content");
            assertThat(ran.toString()).contains("deploying from /workspace");
            client.await(named("agent.stream.complete"), WAIT);
        }
    }

    private static void query(SocketClient client, String text) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text", text,
                "auto_approve", true))));
    }

    private static Path sandboxes() {
        return Path.of(ConfigProvider.getConfig().getValue("app.data-dir", String.class), "sandboxes").toAbsolutePath();
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
