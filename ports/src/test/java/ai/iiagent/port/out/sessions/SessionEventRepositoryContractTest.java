package ai.iiagent.port.out.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import ai.iiagent.domain.sessions.events.SessionEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SessionEventRepository} must have. */
public abstract class SessionEventRepositoryContractTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract SessionEventRepository repository();

    @Test
    void givenEmptyLog_whenEventsAppended_thenSeqsStartAtOneAndContinue() {
        SessionId session = SessionId.random();

        List<SessionEvent> first = repository().append(session, List.of(event(session, "a"), event(session, "b")));
        List<SessionEvent> second = repository().append(session, List.of(event(session, "c")));

        assertThat(first).extracting(SessionEvent::seq).containsExactly(1L, 2L);
        assertThat(second).extracting(SessionEvent::seq).containsExactly(3L);
        assertThat(repository().latestSeq(session)).isEqualTo(3);
        assertThat(repository().latestSeq(SessionId.random())).isZero();
    }

    @Test
    void givenTwoSessions_whenAppended_thenEachHasItsOwnSequence() {
        SessionId one = SessionId.random();
        SessionId two = SessionId.random();
        repository().append(one, List.of(event(one, "x")));

        assertThat(repository().append(two, List.of(event(two, "y")))).extracting(SessionEvent::seq).containsExactly(1L);
    }

    @Test
    void givenStoredEvents_whenReadAfterSeq_thenAscendingLimitedAndInternalOnlyOnRequest() {
        SessionId session = SessionId.random();
        NewSessionEvent usage = NewSessionEvent.of(EventName.BILLING_LLM_USAGE, session, null, T0, Map.of("tokens", 3));
        repository().append(session, List.of(event(session, "1"), usage, event(session, "3"), event(session, "4")));

        assertThat(repository().findAfter(session, 1, 10, false)).extracting(SessionEvent::seq).containsExactly(3L, 4L);
        assertThat(repository().findAfter(session, 1, 10, true)).extracting(SessionEvent::seq).containsExactly(2L, 3L, 4L);
        assertThat(repository().findAfter(session, 0, 2, false)).extracting(SessionEvent::seq).containsExactly(1L, 3L);
    }

    @Test
    void givenNestedJsonContent_whenStoredAndRead_thenEqual() {
        SessionId session = SessionId.random();
        UUID run = UUID.randomUUID();
        Map<String, Object> content = new HashMap<>();
        content.put("text", "héllo ✓");
        content.put("nothing", null);
        content.put("nested", Map.of("list", List.of(1, "two", true)));
        NewSessionEvent event = NewSessionEvent.of(EventName.AGENT_TOOL_CALL, session, run, T0, content);

        repository().append(session, List.of(event));

        SessionEvent read = repository().findAfter(session, 0, 1, false).get(0);
        assertThat(read.id()).isEqualTo(event.id());
        assertThat(read.name()).isEqualTo(EventName.AGENT_TOOL_CALL);
        assertThat(read.runId()).isEqualTo(run);
        assertThat(read.timestamp()).isEqualTo(T0);
        assertThat(read.content()).containsEntry("text", "héllo ✓").containsEntry("nothing", null)
                .containsEntry("nested", Map.of("list", List.of(1, "two", true)));
    }

    @Test
    void givenEightConcurrentWriters_whenEachAppendsTwentyFive_thenSeqsAreExactlyOneTo200() throws Exception {
        SessionId session = SessionId.random();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                writers.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        repository().append(session, List.of(event(session, "e" + i)));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(repository().findAfter(session, 0, 1000, true)).extracting(SessionEvent::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
    }

    @Test
    void givenWritersMixingOneAndThreeEventAppends_whenConcurrent_thenEveryAppendGetsContiguousGapFreeSeqs()
            throws Exception {
        SessionId session = SessionId.random();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<List<SessionEvent>> appends = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String writer = "w" + w;
                writers.add(() -> {
                    for (int i = 0; i < 10; i++) {
                        List<NewSessionEvent> batch = i % 2 == 0
                                ? List.of(event(session, writer + "-" + i))
                                : List.of(event(session, writer + "-" + i + "a"), event(session, writer + "-" + i + "b"),
                                        event(session, writer + "-" + i + "c"));
                        appends.add(repository().append(session, batch));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<SessionEvent> stored = repository().findAfter(session, 0, 1000, true);
        assertThat(stored).extracting(SessionEvent::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 80).boxed().toList());
        for (List<SessionEvent> append : appends) {
            long first = append.getFirst().seq();
            for (int i = 0; i < append.size(); i++) {
                SessionEvent answered = append.get(i);
                assertThat(answered.seq()).isEqualTo(first + i);
                assertThat(stored.get((int) answered.seq() - 1).content()).isEqualTo(answered.content());
            }
        }
    }

    private static NewSessionEvent event(SessionId session, String text) {
        return NewSessionEvent.of(EventName.AGENT_RESPONSE, session, null, T0, Map.of("text", text));
    }
}
