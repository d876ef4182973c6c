package ai.iiagent.adapter.persistence.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Events persisted per second through the real adapter on PostgreSQL, one event per append versus
 * batches; each scenario measured with the previous append (ORM inserts, {@code before}) and the
 * current one (one statement with a multi-row insert, {@code after}) back to back in the same run. Not part of the test run (its name does not end in Test); run it with
 * {@code bin/test -pl adapters-persistence -am -Dtest=EventLogThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures from target/surefire-reports/*EventLogThroughputBenchmark-output.txt.
 */
@QuarkusTest
class EventLogThroughputBenchmark {

    private static final int EVENTS = 6000;

    @Inject
    SessionEventPersistenceAdapter log;

    @Test
    void measure() throws Exception {
        run(1, 1000, 1, false); // warm-up: JIT, pool, plans
        run(1, 1000, 1, true);
        run(100, 2000, 1, false);
        run(100, 2000, 1, true);
        List<String> lines = new ArrayList<>();
        for (int batch : new int[] {1, 10, 100}) {
            lines.add(line("1 writer, batch " + batch, run(batch, EVENTS, 1, true), run(batch, EVENTS, 1, false)));
        }
        lines.add(line("8 writers, one session, batch 1", run(1, EVENTS, 8, true), run(1, EVENTS, 8, false)));
        lines.add(line("8 writers, one session, batch 10", run(10, EVENTS, 8, true), run(10, EVENTS, 8, false)));
        lines.add(line("8 writers, one session, batch 100", run(100, EVENTS * 4, 8, true),
                run(100, EVENTS * 4, 8, false)));
        System.out.println("EVENT LOG THROUGHPUT (" + EVENTS + " events per row, JSON content ~60 bytes)");
        System.out.println(String.format("%-36s %12s %12s %8s", "scenario (events/s)", "before", "after", "ratio"));
        lines.forEach(System.out::println);
    }

    /** Appends {@code total} events to one session in appends of {@code batch}; returns events per second. */
    private double run(int batch, int total, int writers, boolean before) throws Exception {
        SessionId session = SessionId.random();
        int appendsPerWriter = total / batch / writers;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < appendsPerWriter; i++) {
                        if (before) {
                            log.appendThroughOrm(session, events(session, batch));
                        } else {
                            log.append(session, events(session, batch));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long stored = (long) appendsPerWriter * batch * writers;
        assertThat(log.latestSeq(session)).isEqualTo(stored);
        return stored / seconds;
    }

    private static List<NewSessionEvent> events(SessionId session, int count) {
        List<NewSessionEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(NewSessionEvent.of(EventName.AGENT_RESPONSE, session, null, Instant.now(),
                    Map.of("text", "benchmark event with a short text payload", "n", i)));
        }
        return events;
    }

    private static String line(String scenario, double before, double after) {
        return String.format("%-36s %12.0f %12.0f %7.2fx", scenario, before, after, after / before);
    }
}
