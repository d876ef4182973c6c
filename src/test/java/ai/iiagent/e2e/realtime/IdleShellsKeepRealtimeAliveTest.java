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
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Idle persistent shells never starve the server: with as many virtual-thread carriers as cores
 * (the build runs this JVM with {@code -Djdk.virtualThreadScheduler.parallelism=2}), four shells left
 * idle for 90 s (longer than the JVM keeps spare carriers) and a new socket still authenticates, a
 * query still completes and readiness stays up.
 */
@QuarkusTest
class IdleShellsKeepRealtimeAliveTest {

    private static final Duration IDLE = Duration.ofSeconds(90);

    @Test
    void givenFourIdleShells_after90Seconds_thenANewSocketAuthenticates_andAQueryCompletes() throws Exception {
        assertThat(Integer.getInteger("jdk.virtualThreadScheduler.parallelism")).as("set by the build").isEqualTo(2);
        String token = newAccessToken();
        for (int i = 0; i < 4; i++) {
            String id = newSession(token, "idle shell " + i);
            try (SocketClient client = nativeClient(token)) {
                join(client, id, 0);
                client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                        "text", "run: echo shell" + i + " ready", "auto_approve", true))));
                JsonNode ran = event(client.await(named("agent.tool.result"), Duration.ofSeconds(30))).path("content");
                assertThat(ran.path("result").path("output").asText()).isEqualTo("shell" + i + " ready\n");
                client.await(named("agent.complete"), WAIT);
            }
        }

        Thread.sleep(IDLE.toMillis());

        try (SocketClient fresh = nativeClient(token)) {
            join(fresh, newSession(token, "after the idle shells"), 0);
            fresh.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", "hello again"))));
            assertThat(event(fresh.await(named("agent.complete"), WAIT)).path("content").path("text").asText()).isNotBlank();
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
