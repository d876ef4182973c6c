package ai.iiagent.adapter.socket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.port.in.sessions.EventLogSlice;
import ai.iiagent.port.in.sessions.ReadDeliverableEventsQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Joining again on an open connection: what the old membership still had queued is not sent on top of the new replay. */
class SessionRoomsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SessionId session = SessionId.random();
    private final List<SessionEvent> log = new CopyOnWriteArrayList<>();
    private final SessionRooms rooms = new SessionRooms(this::read, new EventEnvelopes(JSON));
    private final RecordingTransport transport = new RecordingTransport();
    private final ClientConnection connection = new ClientConnection("c1", transport, 1024, 1 << 20,
            OutboundQueueTest.CLOSER);

    @Test
    void givenEventsQueuedForAStalledConnection_whenItJoinsAgain_thenEachIsSentOnce() throws Exception {
        rooms.join(connection, session, true, 0);
        transport.stall();
        deliver(1);
        transport.awaitStalledSends(1); // seq 1 is now taken by the blocked sender: it reaches the client whatever happens
        for (long seq = 2; seq <= 5; seq++) {
            deliver(seq);
        }
        assertThat(connection.queuedFrames()).isEqualTo(4);

        rooms.join(connection, session, true, 1); // the client had seen seq 1
        transport.resume();
        transport.awaitSent(5);
        Thread.sleep(100);

        assertThat(sentSeqs()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void givenALeave_thenEventsStillQueuedForThatSessionAreDropped() throws Exception {
        rooms.join(connection, session, true, 0);
        transport.stall();
        deliver(1);
        transport.awaitStalledSends(1); // seq 1 is held by the blocked sender, past what a leave can drop
        deliver(2);
        deliver(3);

        rooms.leave(connection);
        assertThat(connection.queuedFrames()).isZero();
        transport.resume();
        transport.awaitSent(1);
        Thread.sleep(100); // time for a wrongly kept seq 2 or 3 to follow
        assertThat(sentSeqs()).containsExactly(1L);
    }

    private void deliver(long seq) {
        SessionEvent event = new SessionEvent(EventId.random(), seq, EventName.AGENT_TOOL_CALL, session, null,
                Instant.now(), Map.of("i", seq));
        log.add(event);
        rooms.deliver(event);
    }

    private EventLogSlice read(ReadDeliverableEventsQuery query) {
        long latest = log.isEmpty() ? 0 : log.get(log.size() - 1).seq();
        return new EventLogSlice(log.stream().filter(event -> event.seq() > query.afterSeq()).limit(query.limit())
                .toList(), latest);
    }

    private List<Long> sentSeqs() {
        return transport.sent.stream().map(SessionRoomsTest::seqOf).toList();
    }

    private static long seqOf(String eventFrame) {
        try {
            return JSON.readTree(eventFrame.substring(1)).path("seq").asLong(); // RecordingTransport frames are "E" + envelope
        } catch (java.io.IOException e) {
            throw new AssertionError(eventFrame, e);
        }
    }
}
