package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.socket.gateway.SessionRooms;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client that stops reading is cut off with 4409 (resync) while a fast one on the same session gets everything. */
@QuarkusTest
class SlowClientTest {

    private static final int EVENTS = 5000;
    private static final String PAYLOAD = "x".repeat(8 * 1024);
    private static final int BATCH = 50;
    private static final int AHEAD = 4;

    @Inject
    PublishSessionEventsUseCase events;

    @Inject
    SessionRooms rooms;

    @Test
    void givenAClientThatStopsReadingAtTheTcpLevel_whenClosedForResync_thenItsConnectionIsCutWithinTheGrace()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "stalled tcp");
        SessionId session = new SessionId(UUID.fromString(id));
        try (SocketClient fast = Realtime.nativeClient(token);
             RawWebSocket stalled = RawWebSocket.open(RestAssured.port, "/ws", token)) {
            join(fast, id, 0);
            fast.await(named("connection.established"), WAIT);
            stalled.sendText("{\"type\":\"join_session\",\"data\":{\"session_uuid\":\"" + id + "\"}}");
            awaitFollowers(session, 2, Duration.ofSeconds(10));
            Thread keepAlive = Thread.ofVirtual().start(() -> {
                try {
                    while (true) { // it still writes (so liveness never closes it), it just never reads
                        stalled.sendText("{\"type\":\"chat_message\",\"data\":{\"content\":{\"command\":\"ping\"}}}");
                        Thread.sleep(500);
                    }
                } catch (Exception stopped) {
                    // cut off, or the test is over
                }
            });

            assertThat(publishAll(id, fast)).hasSize(EVENTS).isSorted().doesNotHaveDuplicates();

            // 4409 went out behind megabytes it never read; 1 s later (the test's close grace) the server cuts the TCP connection.
            // The cut is checked first so a failure says which step is late; the bounds are generous because in the
            // full suite other classes' leftover work shares this 2-core machine (it failed there at 10 s, never alone).
            assertThat(stalled.awaitTcpClosed(Duration.ofSeconds(30))).as("the server ended the TCP connection").isTrue();
            awaitFollowers(session, 1, Duration.ofSeconds(30));
            keepAlive.interrupt();

            events.publish(new PublishSessionEventsCommand(session, List.of(new Outgoing(EventName.AGENT_TOOL_CALL, null,
                    JsonObject.of(Map.of("output", "after"))))));
            assertThat(seqs(fast, 1)).containsExactly((long) EVENTS + 1);
        }
    }

    private void awaitFollowers(SessionId session, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (rooms.followers(session) != count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(rooms.followers(session)).as("connections following the session on the server").isEqualTo(count);
    }

    @Test
    void givenAStalledClient_whenTheSessionOutpacesIt_thenItIsClosedForResync_andLosesNothingOnResume() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "firehose");
        try (SocketClient fast = Realtime.nativeClient(token);
             SocketClient stalled = SocketClient.connect(Realtime.wsUrl(), Realtime.bearer(token), false)) {
            join(fast, id, 0);
            fast.await(named("connection.established"), WAIT);
            join(stalled, id, 0);
            Thread.sleep(500); // the stalled client's join is handled although it reads nothing
            // It still writes, like a busy tab, so the liveness check does not close it first.
            Thread keepAlive = Thread.ofVirtual().start(() -> {
                while (!stalled.isClosed()) {
                    try {
                        Realtime.command(stalled, "ping");
                        Thread.sleep(1000);
                    } catch (Exception closed) {
                        return;
                    }
                }
            });

            assertThat(publishAll(id, fast)).hasSize(EVENTS).isSorted().doesNotHaveDuplicates();
            stalled.startReading();
            assertThat(stalled.awaitClose(Duration.ofSeconds(30))).isEqualTo(4409);
            keepAlive.interrupt();
            List<Long> before = stalled.drain().stream().filter(named("agent.tool.call"))
                    .map(frame -> event(frame).path("seq").asLong()).toList();
            assertThat(before).isNotEmpty().hasSizeLessThan(EVENTS);
            assertThat(before.get(before.size() - 1)).isEqualTo(before.size()); // a gap-free prefix

            try (SocketClient resumed = Realtime.nativeClient(token)) {
                join(resumed, id, before.size());
                List<Long> rest = seqs(resumed, EVENTS - before.size());
                assertThat(rest.get(0)).isEqualTo(before.size() + 1L);
                assertThat(rest.get(rest.size() - 1)).isEqualTo(EVENTS);
            }
        }
    }

    /**
     * Publishes {@value #EVENTS} events of 8 KiB in batches of {@value #BATCH}, never more than
     * {@value #AHEAD} batches (≈ 1.6 MiB, well under the 4 MiB a connection may have queued) ahead of what
     * the fast client has read: the fast client is one that keeps up with the session, however fast the
     * server stores events, while the stalled one falls 40 MiB behind. Answers the fast client's seqs.
     */
    private List<Long> publishAll(String id, SocketClient fast) throws InterruptedException {
        SessionId session = new SessionId(UUID.fromString(id));
        List<Long> seen = new ArrayList<>();
        for (int batch = 0; batch < EVENTS / BATCH; batch++) {
            List<Outgoing> outgoing = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                outgoing.add(new Outgoing(EventName.AGENT_TOOL_CALL, null, JsonObject.of(Map.of("output", PAYLOAD))));
            }
            events.publish(new PublishSessionEventsCommand(session, outgoing));
            int readUpTo = (batch + 1 - AHEAD) * BATCH;
            if (readUpTo > seen.size()) {
                seen.addAll(seqs(fast, readUpTo - seen.size()));
            }
        }
        seen.addAll(seqs(fast, EVENTS - seen.size()));
        return seen;
    }

    private static List<Long> seqs(SocketClient client, int count) throws InterruptedException {
        List<Long> seqs = new ArrayList<>();
        while (seqs.size() < count) {
            seqs.add(event(client.await(named("agent.tool.call"), Duration.ofSeconds(30))).path("seq").asLong());
        }
        return seqs;
    }
}
