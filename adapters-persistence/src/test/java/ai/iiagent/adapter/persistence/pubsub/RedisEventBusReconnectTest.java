package ai.iiagent.adapter.persistence.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.port.out.pubsub.EventBusPort;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.runtime.datasource.BlockingRedisDataSourceImpl;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Redis restart must not silently end delivery: the bus runs against a private redis-server on a
 * free port (never the shared one), which is killed and started again on the same port.
 */
@QuarkusTest
class RedisEventBusReconnectTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper json;

    private int port;
    private Process server;
    private Redis client;
    private RedisEventBus bus;

    @BeforeEach
    void startPrivateRedis() throws Exception {
        port = freePort();
        server = startRedis(port);
        client = Redis.createClient(vertx, new RedisOptions().setConnectionString("redis://127.0.0.1:" + port)
                .setMaxPoolWaiting(64));
        bus = new RedisEventBus(new BlockingRedisDataSourceImpl(vertx, client, RedisAPI.api(client),
                Duration.ofSeconds(5)), json, Duration.ofMillis(50), Duration.ofSeconds(1));
    }

    @AfterEach
    void stopPrivateRedis() throws Exception {
        try {
            bus.close();
            client.close();
        } finally {
            stop(server);
        }
    }

    @Test
    void givenRedisRestarted_whenEventsPublishedAfterwards_thenSubscribersReceiveThemAgain() throws Exception {
        SessionId session = SessionId.random();
        List<SessionEvent> received = new CopyOnWriteArrayList<>();
        EventBusPort.Subscription subscription = bus.subscribe("reconnect", received::add);
        bus.publish(event(session, 1));
        awaitTrue(() -> received.size() == 1);

        stop(server);
        server = startRedis(port);

        // Publishing right after the restart may hit a dead pooled connection or precede the
        // resubscription: keep publishing probes until one arrives; then nothing may be lost.
        long seq = 1;
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (received.stream().noneMatch(event -> event.seq() > 1)) {
            assertThat(System.nanoTime()).as("an event published after the restart arrives").isLessThan(deadline);
            publishIgnoringFailure(event(session, ++seq));
            Thread.sleep(100);
        }
        long firstAfterRestart = seq + 1;
        for (long next = firstAfterRestart; next < firstAfterRestart + 20; next++) {
            bus.publish(event(session, next));
        }

        awaitTrue(() -> received.stream().filter(event -> event.seq() >= firstAfterRestart).count() == 20);
        assertThat(received.stream().map(SessionEvent::seq).filter(s -> s >= firstAfterRestart).toList())
                .isSorted().doesNotHaveDuplicates();
        subscription.close();
    }

    private void publishIgnoringFailure(SessionEvent event) {
        try {
            bus.publish(event);
        } catch (RuntimeException connectionNotBackYet) {
            // expected while the server restarts
        }
    }

    private static Process startRedis(int port) throws Exception {
        Path binary = Path.of("/usr/bin/redis-server");
        String fromPath = System.getenv("PATH") == null ? "" : System.getenv("PATH");
        for (String dir : fromPath.split(":")) {
            if (Files.isExecutable(Path.of(dir, "redis-server"))) {
                binary = Path.of(dir, "redis-server");
                break;
            }
        }
        Process process = new ProcessBuilder(binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!accepts(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("private redis-server did not start on port " + port);
            }
            Thread.sleep(20);
        }
        return process;
    }

    private static void stop(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return socket.isConnected();
        } catch (IOException notYet) {
            return false;
        }
    }

    /**
     * Below Linux's ephemeral range (32768+): while the server is down the client keeps connecting to this port, and a
     * port in that range could be given to one of those very connections, which then connects to itself and holds it.
     */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(10_000, 32_768);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress("127.0.0.1", candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port below the ephemeral range");
    }

    private static SessionEvent event(SessionId session, long seq) {
        return new SessionEvent(EventId.random(), seq, EventName.AGENT_RESPONSE, session, null,
                Instant.parse("2026-11-25T10:00:00Z").plusSeconds(seq), Map.of("text", "event " + seq));
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + DEADLINE);
            }
            Thread.sleep(10);
        }
    }
}
