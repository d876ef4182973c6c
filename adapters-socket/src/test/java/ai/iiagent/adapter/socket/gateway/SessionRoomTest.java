package ai.iiagent.adapter.socket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fan-out order on one node: duplicates skipped, gaps filled from the log, replay then live. */
class SessionRoomTest {

    private final SessionId session = SessionId.random();
    private final List<SessionEvent> log = new ArrayList<>();
    private final List<Long> backfillReads = new ArrayList<>();
    private final RecordingTransport transport = new RecordingTransport();
    private final ClientConnection connection = new ClientConnection("c1", transport, 1024, 1 << 20, OutboundQueueTest.CLOSER);
    private final SessionRoom room = new SessionRoom(session, 0, this::readLog, event -> event.name().wireName()
            + "#" + event.seq());

    @Test
    void givenEventsOutOfOrderAndTwice_thenMembersGetEachPersistedSeqOnceInOrder() throws Exception {
        Membership member = joinedLive(0);
        store(1, 2, 3, 4);

        room.deliver(persisted(2)); // 1 not seen yet: read from the log first
        room.deliver(persisted(1)); // late duplicate
        room.deliver(persisted(3));
        room.deliver(persisted(3)); // bus duplicate
        room.deliver(persisted(4));

        transport.awaitSent(4);
        assertThat(transport.sent).containsExactly("Eagent.tool.call#1", "Eagent.tool.call#2", "Eagent.tool.call#3",
                "Eagent.tool.call#4");
        assertThat(backfillReads).containsExactly(0L);
        assertThat(member.deliveredSeq()).isEqualTo(4);
    }

    @Test
    void givenATransientEventAheadOfTheRoom_thenTheStoredEventsItFollowsGoFirst() throws Exception {
        joinedLive(0);
        store(1, 2);

        room.deliver(transientAt(2));

        transport.awaitSent(3);
        assertThat(transport.sent).containsExactly("Eagent.tool.call#1", "Eagent.tool.call#2",
                "Eagent.response.delta#2");
    }

    @Test
    void givenInternalEvents_thenTheyAdvanceTheSeqButAreNeverSent() throws Exception {
        joinedLive(0);
        room.deliver(new SessionEvent(EventId.random(), 1, EventName.BILLING_LLM_USAGE, session, null, Instant.now(),
                Map.of()));
        room.deliver(persisted(2));

        transport.awaitSent(1);
        assertThat(transport.sent).containsExactly("Eagent.tool.call#2");
        assertThat(backfillReads).isEmpty();
    }

    @Test
    void givenAMemberCatchingUp_thenLiveEventsWaitAndSeqsAlreadyReplayedAreNotSentAgain() throws Exception {
        Membership member = new Membership(connection, session, true, 0);
        room.admit(member);
        room.deliver(persisted(1));
        room.deliver(persisted(2));
        member.replay(new RoomEvent(persisted(1), "r1"));
        member.replay(new RoomEvent(persisted(2), "r2"));
        room.deliver(persisted(3));

        member.goLive();

        transport.awaitSent(3);
        assertThat(transport.sent).containsExactly("Er1", "Er2", "Eagent.tool.call#3");
    }

    private Membership joinedLive(long lastSeq) {
        Membership member = new Membership(connection, session, true, lastSeq);
        room.admit(member);
        member.goLive();
        return member;
    }

    private void store(long... seqs) {
        for (long seq : seqs) {
            log.add(persisted(seq));
        }
    }

    private List<SessionEvent> readLog(SessionId id, long afterSeq, int limit) {
        backfillReads.add(afterSeq);
        return log.stream().filter(event -> event.seq() > afterSeq).limit(limit).toList();
    }

    private SessionEvent persisted(long seq) {
        return new SessionEvent(EventId.random(), seq, EventName.AGENT_TOOL_CALL, session, null, Instant.now(), Map.of());
    }

    private SessionEvent transientAt(long seq) {
        return new SessionEvent(EventId.random(), seq, EventName.AGENT_RESPONSE_DELTA, session, null, Instant.now(),
                Map.of());
    }
}
