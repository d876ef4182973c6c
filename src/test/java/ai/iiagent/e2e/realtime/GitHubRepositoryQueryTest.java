package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.e2e.integrations.GitHubStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code query} with {@code github_repository}: the server clones it with JGit (from a bare
 * repository the stand-in made, over JGit's file transport, standing in for github.com) and the files
 * land in the session's workspace under the repository's name, where the owner can browse them; a
 * malformed name is refused before any run starts.
 */
@QuarkusTest
@WithTestResource(GitHubStandIn.class)
class GitHubRepositoryQueryTest {

    @Test
    void givenAQueryWithARepository_thenItsFilesAreInTheWorkspaceBeforeTheRunEnds() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "repository");
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "hello", "github_repository", "octocat/Hello-World"))));
            client.await(named("agent.complete"), Duration.ofSeconds(60));

            client.send(Map.of("type", "chat_message", "data", Map.of("content",
                    Map.of("command", "file_tree", "path", "Hello-World"))));
            JsonNode tree = event(client.await(named("file.tree.listed"), WAIT)).path("content");
            assertThat(tree.path("entries").findValuesAsText("path"))
                    .contains("Hello-World/README", "Hello-World/src", "Hello-World/src/main.py")
                    .noneMatch(path -> path.contains(".git/"));

            client.send(Map.of("type", "chat_message", "data", Map.of("content",
                    Map.of("command", "file_content", "path", "Hello-World/src/main.py"))));
            JsonNode file = event(client.await(named("file.content.read"), WAIT)).path("content");
            assertThat(file.path("content").asText()).isEqualTo("print('hello from the repository')\n");
        }
    }

    @Test
    void givenAMalformedRepositoryName_thenTheQueryIsRefusedWithAClearCode() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "bad repository");
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "hello", "github_repository", "../etc/passwd"))));
            assertThat(event(client.await(named("system.error"), WAIT)).path("content").path("code").asText())
                    .isEqualTo("invalid_connector_request");

            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "hello again"))));
            client.await(named("agent.complete"), Duration.ofSeconds(60));
        }
    }
}
